import { handleWrite } from '@/lib/feedback/api';

// POST only (other methods answer 405): Next never prerenders nor caches a POST, and the static export
// builds without it (nginx sends /api/ to a next start).

/** A vote on « Cette résolution a-t-elle réglé le ticket ? » (or its undo), acknowledged once committed (lib/feedback/api.ts). */
export function POST(request: Request) {
  return handleWrite(request, 'vote');
}
