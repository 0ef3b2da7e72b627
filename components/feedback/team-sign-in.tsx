import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/input';
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
            className={inputClasses()}
          />
        </label>
        {error ? (
          <p id="equipe-erreur" role="alert" className="text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="primary" size="md">
          Se connecter
        </Button>
      </form>
    </div>
  );
}
