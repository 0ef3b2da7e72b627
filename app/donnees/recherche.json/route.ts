import { getSearchData } from '@/lib/search/server-index';

// Built once at build time and served as a static file; the browser fetches it on first search only.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSearchData());
}
