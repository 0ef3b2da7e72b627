import { resolutionMap } from '@/lib/analyse/resolutions';
import { getSearchData } from '@/lib/search/server-index';

// The resolution steps of every section and code row (what « Copier pour le ticket » gives for each), for the
// ticket note of /analyse's findings: built once at build time, fetched by /analyse when it shows findings.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(resolutionMap(getSearchData().documents.map((document) => document.href)));
}
