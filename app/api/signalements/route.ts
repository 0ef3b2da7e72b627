import { handleWrite } from '@/lib/feedback/api';

// POST only (other methods answer 405): Next never prerenders nor caches a POST, and the static export
// builds without it (nginx sends /api/ to a next start).

/** An error report on a resolution, acknowledged once committed (lib/feedback/api.ts). */
export function POST(request: Request) {
  return handleWrite(request, 'report');
}
