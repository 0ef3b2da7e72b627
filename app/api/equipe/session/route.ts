import { signIn } from '@/lib/feedback/team-actions';

/** The lead signs in with the team secret (a form): a signed session cookie, then back to /equipe. */
export function POST(request: Request) {
  return signIn(request);
}
