import { notFound } from 'next/navigation';
import { getSearchDownload } from '@/lib/search/server-index';
import type { SearchTextPart } from '@/lib/search/split-data';

// The text parts of a large corpus's search data (lib/search/split-data.ts), static like the first file.
export const dynamic = 'force-static';
export const dynamicParams = false;

/** A small corpus has no part; part 1 still exists, empty (a static export needs one page per route). */
function parts(): SearchTextPart[] {
  const { parts: all } = getSearchDownload();
  return all.length ? all : [{ from: 0, texts: [] }];
}

export function generateStaticParams() {
  return parts().map((_, i) => ({ partie: `${i + 1}.json` }));
}

export async function GET(_request: Request, props: { params: Promise<{ partie: string }> }) {
  const { partie } = await props.params;
  const part = parts()[Number(/^(\d+)\.json$/.exec(partie)?.[1]) - 1];
  if (!part) notFound();
  return Response.json(part);
}
