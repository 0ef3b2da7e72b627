import { listContentFiles } from '@/lib/content-files';

/**
 * The articles are the `.mdx` files of the content directory's `articles/` folder, by slug (the file's
 * base name, the slug of the public URL contract, docs/PRODUCT.md). Adding an article is adding a file:
 * routes, navigation, the home page and search iterate over this list.
 */
export const ARTICLE_SLUGS: readonly string[] = listContentFiles('articles', '.mdx');

/** An article slug; the set is only known at build time, from the content directory. */
export type ArticleSlug = string;

export function isArticleSlug(value: string): value is ArticleSlug {
  return ARTICLE_SLUGS.includes(value);
}

/**
 * A file per article under a static route (`/donnees/articles/<slug>.md`, `/donnees/anglais/<slug>.json`):
 * a route segment holds the whole file name, so the routes list and read back `<slug><suffix>` here.
 */
export function articleFileParams(suffix: string): { fichier: string }[] {
  return ARTICLE_SLUGS.map((slug) => ({ fichier: `${slug}${suffix}` }));
}

/** The article a file name names (`configure-proxy.md` with `.md`), or undefined for any other name. */
export function articleOfFile(fichier: string, suffix: string): ArticleSlug | undefined {
  const slug = fichier.endsWith(suffix) ? fichier.slice(0, fichier.length - suffix.length) : '';
  return isArticleSlug(slug) ? slug : undefined;
}

export const PRODUCTS = {
  'defender-endpoint': { label: 'Microsoft Defender pour point de terminaison' },
  'azure-atp': { label: 'Azure ATP (désormais Defender pour Identity)' },
  intune: { label: 'Microsoft Intune' },
  /** A docset whose product the importer does not know: a neutral label, never another product's. */
  learn: { label: 'Microsoft Learn' },
} as const;

export type ProductId = keyof typeof PRODUCTS;
export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];

/** The products search tells apart in a query (lib/search/signals.ts); other articles have no product there. */
export type SearchProduct = 'defender-endpoint' | 'azure-atp';

export function searchProduct(product: ProductId): SearchProduct | undefined {
  return product === 'defender-endpoint' || product === 'azure-atp' ? product : undefined;
}
