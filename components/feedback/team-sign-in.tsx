import { routes } from '@/lib/routes';

/** The lead's sign-in: the team secret, posted to the server (works without JavaScript). */
export function TeamSignIn({ error }: { error?: string }) {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">Tableau de l’équipe</h1>
      <form method="post" action={routes.teamSignIn()} className="space-y-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Secret de l’équipe</span>
          <input
            type="password"
            name="secret"
            required
            autoComplete="current-password"
            aria-describedby={error ? 'equipe-erreur' : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
        </label>
        {error ? (
          <p id="equipe-erreur" role="alert" className="text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          Se connecter
        </button>
      </form>
    </div>
  );
}
