/**
 * What one article costs the build as it grows (npm run bench:article-size): a generated article of N sections
 * (a heading, a paragraph with a link, a numbered list and a PowerShell block each, about 230 bytes) goes
 * through what the build does for it: front matter, parse and check, compile (links, Shiki, sections), the
 * rendered page, a ticket per section, the `.md` export and the search documents. Each size runs in its own
 * process (the content directory is read once per process). Prints the seconds per stage and the peak memory;
 * asserts nothing. The limits of lib/articles/limits.ts come from these figures (taken before the limits
 * existed: an article over them is now refused before the costly stages, and the bench says so).
 * Usage: npm run bench:article-size [-- 100 500 1000]
 *
 * `-- --pages` reads the last production build instead (`npm run build` first): each article page's HTML and
 * the file of its English originals (`/donnees/anglais/<slug>.json`, loaded when one is opened), raw and gzip -9,
 * largest page first: what an agent downloads for a page, and what opening an original adds.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);

/** A valid article of `sections` sections, as the importer writes them. */
function article(sections: number): string {
  const parts = [
    '---',
    'title: Article généré',
    'description: Banc d’essai de la taille des articles.',
    'product: defender-endpoint',
    'sourceFile: generated.md',
    'sourceDate: 2024-01-01',
    'learnUrl: https://learn.microsoft.com/fr-fr/defender-endpoint/generated',
    'learnDir: defender-endpoint',
    '---',
    '',
    '<h1 id="article-genere">Article généré</h1>',
    '',
  ];
  for (let i = 1; i <= sections; i++) {
    parts.push(
      `<h${i % 4 === 1 ? 2 : 3} id="section-${i}">Section ${i} : le capteur ne démarre pas</h${i % 4 === 1 ? 2 : 3}>`,
      '',
      `Vérifiez le [proxy](configure-proxy.md#section-${i}) et le code \`0x${(i * 7919).toString(16)}\`.`,
      '',
      '1. Ouvrez une invite PowerShell.',
      '2. Lancez la commande :',
      '',
      '```powershell',
      `Get-Service -Name Sense${i} | Restart-Service`,
      '```',
      '',
    );
  }
  return parts.join('\n');
}

async function measure(): Promise<void> {
  const { readArticle } = await import('../lib/articles/load');
  const { outlineOf } = await import('../lib/articles/outline');
  const { getSite } = await import('../lib/site/site');
  const { compileArticle } = await import('../lib/mdx/compile-article');
  const { hastToJsx } = await import('../lib/mdx/hast-to-jsx');
  const { articleMarkdown } = await import('../lib/ticket/article-markdown');
  const { sectionTicket } = await import('../lib/ticket/units');
  const { articleDocuments } = await import('../lib/search/documents');
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { Fragment, jsx, jsxs } = await import('react/jsx-runtime');
  const times: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    times[stage] = (performance.now() - start) / 1000;
    return result;
  };
  const slug = 'generated';
  const article = await time('front matter', () => readArticle(slug));
  const { file } = article;
  const { tree, headings } = await time('parse + check', () => outlineOf(article));
  // The site reads the article again: what follows reads it there, as pages do.
  getSite();
  const hast = await time('compile', () => compileArticle(tree, file, getSite().linkContext(slug)));
  const stub = () => null;
  await time('render', () =>
    renderToStaticMarkup(hastToJsx(hast, { Fragment, jsx, jsxs, components: { Figure: stub }, file })),
  );
  await time('tickets', () => headings.map((heading) => sectionTicket(slug, heading.id)));
  await time('.md', () => articleMarkdown(slug));
  await time('search', () => articleDocuments(slug));
  console.log(JSON.stringify({ times, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

function run(sections: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-article-size-'));
  try {
    fs.mkdirSync(path.join(dir, 'articles'));
    const text = article(sections);
    fs.writeFileSync(path.join(dir, 'articles', 'generated.mdx'), text);
    const child = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--measure'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      // Past lib/articles/limits.ts the article is refused before the expensive stages: say so, with the reason.
      const refusal = /trop de sections[^\n]*|trop volumineux[^\n]*/.exec(child.stderr)?.[0];
      console.log(
        `${String(sections).padStart(6)} sections : ${refusal ? `refusé (${refusal})` : child.stderr.slice(-2000)}`,
      );
      return;
    }
    const { times, peakMb } = JSON.parse(line) as { times: Record<string, number>; peakMb: number };
    const total = Object.values(times).reduce((sum, value) => sum + value, 0);
    const stages = Object.entries(times)
      .map(([stage, seconds]) => `${stage} ${seconds.toFixed(2)}`)
      .join(', ');
    console.log(
      `${String(sections).padStart(6)} sections, ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(5)} Ko : ` +
        `${total.toFixed(1)} s (${stages}), pic ${peakMb.toFixed(0)} Mo`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The built pages' weight (see the header), from `.next/server/app`. */
function pages(): void {
  const app = path.join(process.cwd(), '.next', 'server', 'app');
  const articles = path.join(app, 'articles');
  if (!fs.existsSync(articles)) {
    console.log('Pas de build dans .next : lancez npm run build.');
    return;
  }
  const size = (file: string) => {
    if (!fs.existsSync(file)) return '—';
    const data = fs.readFileSync(file);
    return `${(data.length / 1000).toFixed(1)} Ko (gzip ${(zlib.gzipSync(data, { level: 9 }).length / 1000).toFixed(1)} Ko)`;
  };
  const slugs = fs
    .readdirSync(articles)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort(
      (a, b) => fs.statSync(path.join(articles, `${b}.html`)).size - fs.statSync(path.join(articles, `${a}.html`)).size,
    );
  for (const slug of slugs)
    console.log(
      `${slug} : page ${size(path.join(articles, `${slug}.html`))}, originaux anglais ${size(path.join(app, 'donnees', 'anglais', `${slug}.json.body`))}`,
    );
}

if (process.argv.includes('--pages')) pages();
else if (process.argv.includes('--measure')) await measure();
else for (const sections of sizes.length ? sizes : [100, 250, 500, 1000, 1001]) run(sections);
