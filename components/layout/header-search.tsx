/** The header's search box: a plain GET form to /recherche, usable without JavaScript. */
export function HeaderSearch({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form role="search" action="/recherche" method="get" className="relative">
      <label htmlFor="header-search" className="sr-only">Rechercher une erreur, un code ou une commande</label>
      <input
        id="header-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Erreur, code, commande…"
        autoComplete="off"
        maxLength={5000}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
    </form>
  );
}
