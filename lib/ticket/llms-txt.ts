/** `/llms.txt` (llmstxt.org): the portal's contents in one Markdown page for AI assistants. */
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { routes, SEARCH_QUERY_PARAM } from '@/lib/routes';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { getSite } from '@/lib/site/site';

/** `/llms.txt` (llmstxt.org): the portal in one Markdown page, one line per article, code table and wizard. */
export function llmsTxt(): string {
  const line = (title: string, href: string, description: string) =>
    `- [${title}](${href}): ${description.replace(/\s+/g, ' ').trim()}`;
  return [
    '# Portail de dépannage — Defender pour point de terminaison et Azure ATP',
    '',
    '> Résolutions des erreurs d’intégration de Microsoft Defender pour point de terminaison et d’Azure ATP (Defender pour Identity), pour le support : les articles de Microsoft Learn en français, leurs tables de codes et des assistants pas à pas. Chaque section, ligne de table et étape a son lien direct.',
    '',
    `Les articles sont aussi servis en Markdown (\`/articles/<slug>.md\`). Recherche : \`${routes.search('')}?${SEARCH_QUERY_PARAM}=<texte>\`.`,
    '',
    '## Articles',
    '',
    ...ARTICLE_SLUGS.map((slug) => {
      const { meta } = getSite().article(slug);
      return line(meta.title, routes.articleMarkdown(slug), meta.description);
    }),
    '',
    '## Tables de codes',
    '',
    ...CONTENT_CODE_TABLES.map((id) => {
      const view = getSite().codeTable(id);
      return line(view.title, routes.codeTable(id), view.blurb);
    }),
    '',
    '## Assistants',
    '',
    ...WIZARD_IDS.map((id) => {
      const wizard = getSite().wizard(id);
      return line(wizard.title, routes.wizard(id), wizard.description);
    }),
    '',
  ].join('\n');
}
