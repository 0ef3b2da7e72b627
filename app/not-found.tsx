import Link from 'next/link';
import { HeaderSearch } from '@/components/layout/header-search';
import { routes } from '@/lib/routes';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <p className="text-sm font-semibold text-blue-700 dark:text-blue-300">Erreur 404</p>
      <h1 className="mt-2 text-2xl font-bold">Page introuvable</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        Ce lien ne mène à aucune page du portail. Il a peut-être été mal copié. Cherchez l’erreur ou le code directement
        :
      </p>
      <div className="mt-5 text-left">
        <HeaderSearch />
      </div>
      <p className="mt-6">
        <Link href={routes.home()} className="text-blue-700 underline dark:text-blue-300">
          Retour à l’accueil
        </Link>
      </p>
    </div>
  );
}
