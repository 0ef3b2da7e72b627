/**
 * The five articles, by the slug of the public URL contract (docs/PRODUCT.md). The slug list is the
 * single source of truth for which articles exist: routes, loaders and tests iterate over it.
 */
export const ARTICLE_SLUGS = [
  'troubleshooting-atp-known-issues',
  'troubleshoot-onboarding',
  'troubleshoot-security-config-mgt',
  'configure-proxy',
  'troubleshoot-onboarding-error-messages',
] as const;

export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

export function isArticleSlug(value: string): value is ArticleSlug {
  return (ARTICLE_SLUGS as readonly string[]).includes(value);
}

export const PRODUCTS = {
  'defender-endpoint': { label: 'Microsoft Defender pour point de terminaison' },
  'azure-atp': { label: 'Azure ATP (désormais Defender pour Identity)' },
} as const;

export type ProductId = keyof typeof PRODUCTS;
export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];
