import { handleWrite } from '@/lib/feedback/api';

// POST only (other methods answer 405): Next never prerenders nor caches a POST, and the static export
// builds without it (nginx sends /api/ to a next start).

/** A search (its query redacted on the server) and the result opened, acknowledged once committed (lib/feedback/api.ts). */
export function POST(request: Request) {
  return handleWrite(request, 'search');
}
