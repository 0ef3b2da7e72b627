import { signOut } from '@/lib/feedback/team-actions';

/** The lead signs out: the session cookie is cleared. */
export function POST(request: Request) {
  return signOut(request);
}
