export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl space-y-1 px-4">
        <p>
          Contenu : articles de la documentation Microsoft Learn (fr-FR) sur Microsoft Defender pour point de
          terminaison et Azure ATP, © Microsoft, publiés sous licence{' '}
          <a
            href="https://creativecommons.org/licenses/by/4.0/deed.fr"
            rel="license noopener noreferrer"
            className="underline"
          >
            Creative Commons Attribution 4.0 International
          </a>
          . Texte reproduit tel que publié, y compris sa traduction.
        </p>
        <p>Portail de dépannage interne, sans lien avec Microsoft.</p>
      </div>
    </footer>
  );
}
