import { articleFileParams, articleOfFile } from '@/lib/articles/catalog';
import { englishOriginals } from '@/lib/english/original-data';

/**
 * An article's English originals (`/donnees/anglais/<slug>.json`, routes.englishOriginals): built once at
 * build time, a file of the static export too; the page fetches it when the agent opens an « Original
 * anglais ». Every article has one (empty without an English source), so that the export always has a file.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const SUFFIX = '.json';

export function generateStaticParams() {
  return articleFileParams(SUFFIX);
}

export async function GET(_request: Request, props: { params: Promise<{ fichier: string }> }) {
  const slug = articleOfFile((await props.params).fichier, SUFFIX);
  if (!slug) return new Response('Article introuvable', { status: 404 });
  return Response.json(englishOriginals(slug));
}
