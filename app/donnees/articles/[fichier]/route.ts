import { articleFileParams, articleOfFile } from '@/lib/articles/catalog';
import { articleMarkdown } from '@/lib/ticket/article-markdown';

/**
 * `/articles/<slug>.md` (the URL contract) is rewritten here by next.config.mjs: the article page owns
 * `/articles/[slug]`, and a route segment cannot hold both a page and a file. Generated at build time,
 * exported as `/donnees/articles/<slug>.md` by a static export.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const SUFFIX = '.md';

export function generateStaticParams() {
  return articleFileParams(SUFFIX);
}

export async function GET(_request: Request, props: { params: Promise<{ fichier: string }> }) {
  const slug = articleOfFile((await props.params).fichier, SUFFIX);
  if (!slug) return new Response('Article introuvable', { status: 404 });
  return new Response(articleMarkdown(slug), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
