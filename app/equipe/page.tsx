import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TeamDashboard } from '@/components/feedback/team-dashboard';
import { TeamSignIn } from '@/components/feedback/team-sign-in';
import { loadDashboard } from '@/lib/feedback/dashboard';
import { retentionDays } from '@/lib/feedback/retention';
import { getFeedbackStore } from '@/lib/feedback/server';
import { teamAccess, unitLabeller } from '@/lib/feedback/team';
import { routes } from '@/lib/routes';
import { STATIC_EXPORT } from '@/lib/static-export';
import { firstParam, type SearchParams } from '@/lib/url-params';

export const metadata: Metadata = { title: 'Équipe', robots: { index: false, follow: false } };

type TeamPageProps = { searchParams: Promise<SearchParams> };

const SIGN_IN_ERRORS = { secret: 'Secret incorrect.', limite: 'Trop d’essais : réessayez dans une minute.' } as const;

/**
 * The lead's view. No secret configured (or the static export, which has no server): 404. Not signed in: the
 * sign-in form. Read from the database on each request.
 */
export default async function TeamPage(props: TeamPageProps) {
  if (STATIC_EXPORT) notFound();
  const access = await teamAccess();
  if (access === 'absent') notFound();
  if (access === 'refuse') {
    const error = firstParam(await props.searchParams, 'erreur', 20);
    return <TeamSignIn error={error === 'secret' || error === 'limite' ? SIGN_IN_ERRORS[error] : undefined} />;
  }
  const days = retentionDays(process.env);
  const data = await loadDashboard(await getFeedbackStore(), {
    now: new Date(),
    retentionDays: days,
    labelOf: unitLabeller(),
  });
  return (
    <div className="mx-auto max-w-5xl">
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Tableau de l’équipe</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Les {days} derniers jours (durée de conservation) ; semaines du lundi, heure de Paris.
          </p>
        </div>
        <form method="post" action={routes.teamSignOut()}>
          <button type="submit" className="text-sm text-blue-700 underline dark:text-blue-300">
            Se déconnecter
          </button>
        </form>
      </div>
      <TeamDashboard data={data} />
    </div>
  );
}
