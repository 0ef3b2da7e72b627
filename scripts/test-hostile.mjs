#!/usr/bin/env node
// npm run test:hostile: the content pipeline tried as a hostile contributor would (issue #14). Imports
// fixtures/hostile/sources (a DocFX repository of attacks, one file per class, and good articles) into a fresh
// content directory, runs three import scenarios (--slug as a path, ---js front matter already in --into, a slug
// taken over by a file sorted first), runs `npm run check:content` on hand-written hostile MDX, builds the portal
// on the imported directory, serves it on $PORT (default 3450) and reads every page, its RSC payload, its `.md`,
// the search data and llms.txt. It fails when a payload ran (each writes a marker file into $HOSTILE_MARKERS),
// when text from outside the source root (the canary, /etc/passwd, the environment) shows up anywhere, when a
// `javascript:`/`data:`/`vbscript:` URL or live HTML is served, when a refusal names no file and line, or when a
// good article is not imported and shown whole. Prints, per class, « refusé », « neutralisé », « signalé » or
// « FAILLE ». fixtures/hostile/README.md says what each file attacks.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, serve } from './corpus-server.mjs';
import {
  dangerousUrlsInFlight,
  dangerousUrlsInHtml,
  dangerousUrlsInJson,
  dangerousUrlsInMarkdown,
  linesNamed,
  liveMarkup,
  namesFile,
  visibleText,
} from './hostile-checks.mjs';

const FIXTURES = path.join(root, 'fixtures/hostile');
const PORT = Number(process.env.PORT ?? 3450);
// The build stops at the first article it refuses: each attempt names one, which is taken out for the next.
const BUILD_ATTEMPTS = 8;
const OUTSIDE_CANARY = 'CANARI-HORS-RACINE-5d1e8b4f';
const IMPOSTOR = 'IMPOSTEUR-9c2e';

/**
 * What a fix must do with each class of attack (`expect`):
 * - `refus`: never imported; the refusal names `file:line` (a line matching `at` when given);
 * - `refus-nom`: never imported; the refusal names the file (a whole file refused: size, symbolic link);
 *   `nameOnly` asks the same of a refusal in another class (a file name has no line);
 * - `inoffensif`: refused with `file:line`, or imported harmlessly: page served, its last sentence shown (and the
 *   payload's text when `payloadShown`: neutralised as text, not silently dropped);
 * - `signalé`: refused with `file:line`, or imported with a warning naming `file:line` (never a silent loss);
 * - `bon`: imported, and every témoin of its source shown on its page.
 * In every case nothing ran, nothing leaked, no dangerous URL or live HTML is served and the build stands.
 */
const CLASSES = [
  {
    id: 'esm-export',
    label: 'prose « export const »',
    files: ['esm-export-const.md'],
    expect: 'inoffensif',
    at: /^export const/,
    payloadShown: true,
  },
  {
    id: 'esm-remarque',
    label: '« export const » dans une remarque',
    files: ['esm-dans-remarque.md'],
    expect: 'inoffensif',
    at: /export const/,
    payloadShown: true,
  },
  {
    id: 'esm-import',
    label: 'prose « import »',
    files: ['esm-import.md'],
    expect: 'inoffensif',
    at: /^import /,
    payloadShown: false,
  },
  {
    id: 'code-span',
    label: 'apostrophes inverses dépareillées',
    files: ['code-span-desassorti.md'],
    expect: 'inoffensif',
    at: /``/,
    payloadShown: true,
  },
  {
    id: 'faux-bloc',
    label: 'fausse barrière de code',
    files: ['faux-bloc-de-code.md'],
    expect: 'inoffensif',
    at: /^```|^\{/,
    payloadShown: true,
  },
  {
    id: 'titre-code-span',
    label: 'titre à apostrophes dépareillées',
    files: ['titre-code-span.md'],
    expect: 'inoffensif',
    at: /^###/,
    payloadShown: true,
  },
  {
    id: 'sxs-corps',
    label: 'sxs-lookup : moitié anglaise',
    files: ['sxs-lookup-anglais.md'],
    expect: 'inoffensif',
    at: /sxs-lookup/,
    payloadShown: true,
  },
  {
    id: 'sxs-titre',
    label: 'sxs-lookup : titre anglais hors attribut',
    files: ['sxs-lookup-titre.md'],
    expect: 'inoffensif',
    at: /sxs-lookup/,
    payloadShown: true,
  },
  {
    id: 'sxs-jsx',
    label: 'sxs-lookup : JSX dans l’anglais',
    files: ['sxs-lookup-jsx.md'],
    expect: 'inoffensif',
    at: /sxs-lookup/,
  },
  {
    id: 'zone',
    label: '::: zone pivot à apostrophe inverse',
    files: ['zone-accent-grave.md'],
    expect: 'inoffensif',
    at: /::: zone/,
    payloadShown: true,
  },
  {
    id: 'yaml-bloc',
    label: 'article YAML : bloc indenté ferme la barrière',
    files: ['yaml-bloc-indente.yml'],
    expect: 'inoffensif',
    at: /```|\{process/,
    payloadShown: true,
  },
  {
    id: 'yaml-titre',
    label: 'article YAML : titre',
    files: ['yaml-titre.yml'],
    expect: 'inoffensif',
    at: /^title:/,
    payloadShown: true,
  },
  {
    id: 'accolades-tableau',
    label: '{…} dans des cellules (GFM, HTML)',
    files: ['accolades-tableau.md'],
    expect: 'inoffensif',
    at: /\{process/,
    payloadShown: true,
  },
  {
    id: 'accolades-titre',
    label: '{…} dans un titre',
    files: ['accolades-titre.md'],
    expect: 'inoffensif',
    at: /\{process/,
    payloadShown: true,
  },
  {
    id: 'accolades-lien',
    label: '{…} dans le texte et le titre d’un lien',
    files: ['accolades-lien.md'],
    expect: 'inoffensif',
    at: /\{process/,
    payloadShown: true,
  },
  {
    id: 'accolades-alt',
    label: '{…} dans un texte alternatif',
    files: ['accolades-alt.md'],
    expect: 'inoffensif',
    at: /\{process/,
    payloadShown: true,
  },
  {
    id: 'accolades-remarque',
    label: '{…} dans une remarque',
    files: ['accolades-remarque.md'],
    expect: 'inoffensif',
    at: /\{process/,
    payloadShown: true,
  },
  { id: 'html-script', label: '<script> brut', files: ['html-script.md'], expect: 'inoffensif', at: /<script/ },
  { id: 'html-iframe', label: '<iframe> brut', files: ['html-iframe.md'], expect: 'inoffensif', at: /<iframe/ },
  { id: 'html-img-onerror', label: '<img onerror>', files: ['html-img-onerror.md'], expect: 'inoffensif', at: /<img/ },
  {
    id: 'jsx-callout',
    label: '<Callout type={…}>',
    files: ['jsx-callout-expression.md'],
    expect: 'inoffensif',
    at: /<Callout/,
  },
  {
    id: 'jsx-spread',
    label: '<CodeTable {...props}>',
    files: ['jsx-codetable-spread.md'],
    expect: 'inoffensif',
    at: /<CodeTable/,
  },
  {
    id: 'liens-javascript',
    label: 'liens javascript: déguisés',
    files: ['liens-javascript.md'],
    expect: 'inoffensif',
    at: /script/i,
  },
  { id: 'liens-data', label: 'liens data:', files: ['liens-data.md'], expect: 'inoffensif', at: /ata:/i },
  {
    id: 'liens-vbscript',
    label: 'liens vbscript:',
    files: ['liens-vbscript.md'],
    expect: 'inoffensif',
    at: /bscript:/i,
  },
  {
    id: 'liens-reference',
    label: 'liens par référence',
    files: ['liens-reference.md'],
    expect: 'inoffensif',
    at: /\]/,
  },
  {
    id: 'images-schemas',
    label: 'images javascript: et data:',
    files: ['images-schemas.md'],
    expect: 'inoffensif',
    at: /script|data:/i,
  },
  {
    id: 'lien-redirection',
    label: 'redirection du dépôt vers javascript:',
    files: ['lien-redirection.md'],
    expect: 'inoffensif',
    at: /\]\(ancien/,
  },
  { id: 'front-matter-js', label: 'front matter ---js', files: ['front-matter-js.md'], expect: 'refus', at: /^---js/ },
  {
    id: 'front-matter-coffee',
    label: 'front matter ---coffee',
    files: ['front-matter-coffee.md'],
    expect: 'refus',
    at: /^---coffee/,
  },
  {
    id: 'front-matter-etiquette',
    label: 'front matter !!js/function',
    files: ['front-matter-etiquette-js.md'],
    expect: 'inoffensif',
    at: /!!js/,
  },
  { id: 'front-matter-casse', label: 'front matter YAML cassé', files: ['front-matter-casse.md'], expect: 'signalé' },
  {
    id: 'inclusion-passwd',
    label: '[!INCLUDE] ../…/etc/passwd',
    files: ['inclusion-passwd.md'],
    expect: 'refus',
    at: /INCLUDE/,
  },
  {
    id: 'inclusion-absolue',
    label: '[!INCLUDE] chemin absolu',
    files: ['inclusion-absolue.md'],
    expect: 'refus',
    at: /INCLUDE/,
  },
  {
    id: 'inclusion-canari',
    label: '[!INCLUDE] fichier hors racine',
    files: ['inclusion-canari.md'],
    expect: 'refus',
    at: /INCLUDE/,
  },
  {
    id: 'inclusion-mutilee',
    label: '[!INCLUDE] mutilé, hors racine',
    files: ['inclusion-mutilee.md'],
    expect: 'refus',
    at: /INCLUDe/i,
  },
  {
    id: 'inclusion-lien',
    label: '[!INCLUDE] par lien symbolique',
    files: ['inclusion-lien-symbolique.md'],
    expect: 'refus',
    at: /INCLUDE/,
  },
  {
    id: 'inclusion-environ',
    label: '[!INCLUDE] /proc/self/environ',
    files: ['inclusion-environ.md'],
    expect: 'refus',
    at: /INCLUDE/,
  },
  {
    id: 'inclusion-dossier',
    label: '[!INCLUDE] d’un dossier',
    files: ['inclusion-dossier.md'],
    expect: 'signalé',
    at: /INCLUDE/,
  },
  {
    id: 'article-lien',
    label: 'article lien symbolique vers l’extérieur',
    files: ['article-lien-symbolique.md', 'dossier-lien-symbolique/secret.md'],
    expect: 'refus-nom',
  },
  { id: 'taille', label: 'article de 5 Mo', files: ['article-5-mo.md'], expect: 'refus-nom' },
  { id: 'bombe', label: 'bombe d’inclusions (6,5 Mo)', files: ['inclusion-bombe.md'], expect: 'refus-nom' },
  { id: 'commentaire', label: '<!-- jamais fermé', files: ['commentaire-non-ferme.md'], expect: 'signalé', at: /<!--/ },
  {
    id: 'bloc-non-ferme',
    label: 'barrière de code jamais fermée',
    files: ['bloc-non-ferme.md'],
    expect: 'signalé',
    at: /^```/,
  },
  { id: 'utf8', label: 'octets UTF-8 invalides', files: ['utf8-invalide.md'], expect: 'signalé', at: /\ufffd/ },
  {
    id: 'controle',
    label: 'NUL et caractères de contrôle',
    files: ['caracteres-controle.md'],
    expect: 'signalé',
    at: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/,
  },
  {
    id: 'ancre',
    label: '<a name> hors vocabulaire',
    files: ['ancre-invalide.md'],
    expect: 'inoffensif',
    at: /<a name/,
  },
  { id: 'alias', label: '<span id> sans titre', files: ['alias-sans-titre.md'], expect: 'inoffensif', at: /<span id/ },
  {
    id: 'nom-fichier',
    label: 'nom de fichier hors slug',
    files: ['Nom-En-Majuscules.md'],
    expect: 'inoffensif',
    nameOnly: true,
  },
  { id: 'yaml-casse', label: 'article YAML illisible', files: ['yaml-casse.yml'], expect: 'signalé' },
  { id: 'bon-article', label: 'bon article (constructions courantes)', files: ['bon-article.md'], expect: 'bon' },
  { id: 'bon-faq', label: 'bon article YAML', files: ['bon-faq.yml'], expect: 'bon' },
];

/** Hand-written content for `npm run check:content`: each file, and the lines its refusal may name. */
const HAND_WRITTEN = [
  ['esm-export.mdx', /^export const/],
  ['esm-import.mdx', /^import /],
  ['expression-flot.mdx', /^\{process/],
  ['expression-texte.mdx', /\{process/],
  ['expression-titre.mdx', /\{process/],
  ['expression-cellule.mdx', /\{process/],
  ['expression-attribut.mdx', /\{process/],
  ['attribut-etendu.mdx', /\{\.\.\./],
  ['composant-inconnu.mdx', /<iframe/],
  ['front-matter-js.mdx', /^---js/],
  ['front-matter-coffee.mdx', /^---coffee/],
  ['lien-javascript.mdx', /javascript:/],
  ['lien-reference.mdx', /\[proc\]/],
  ['lien-data.mdx', /data:/],
  ['lien-vbscript.mdx', /vbscript:/],
];

// ---------------------------------------------------------------------------------------------------------
// The run's own folder: the repository copied (the fixture stays untouched), symbolic links, generated files.

const started = Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-hostile-'));
const sources = path.join(work, 'sources');
const markers = path.join(work, 'marqueurs');
const content = path.join(work, 'content');
const ENV_CANARY = `CANARI-ENVIRONNEMENT-${randomBytes(6).toString('hex')}`;
// Every process of the run (import, check, build, server) gets them: the server is started by corpus-server.mjs.
Object.assign(process.env, { HOSTILE_MARKERS: markers, HOSTILE_ENV_CANARY: ENV_CANARY, NEXT_TELEMETRY_DISABLED: '1' });
const env = process.env;
const PASSWD = fs.existsSync('/etc/passwd')
  ? fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .filter((line) => line.length >= 8)
  : [];
const SECRETS = [OUTSIDE_CANARY, ENV_CANARY, ...PASSWD];

/** Per class, each failure and the places it was seen (a leak or a URL is one line, with every page it is on). */
const failures = new Map(CLASSES.map((c) => [c.id, new Map()]));
const globalFailures = [];
const slugOf = (file) => path.basename(file).replace(/\.(md|yml)$/, '');
function fail(cls, reason, place) {
  const reasons = failures.get(cls.id);
  if (!reasons.has(reason)) reasons.set(reason, new Set());
  if (place) reasons.get(reason).add(place);
}
const failed = (cls) => failures.get(cls.id).size > 0;
const where = (ms) => `${((Date.now() - ms) / 1000).toFixed(0)} s`;

function prepare() {
  fs.cpSync(path.join(FIXTURES, 'sources'), sources, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'hors-racine'), path.join(work, 'hors-racine'), { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'usurpation'), path.join(work, 'usurpation'), { recursive: true });
  fs.mkdirSync(markers);
  // Symbolic links that leave the repository: through an include, as an article, as a folder of articles.
  fs.symlinkSync('../../hors-racine', path.join(sources, 'includes/lien-dehors'));
  fs.symlinkSync('../../hors-racine/secret.md', path.join(sources, 'includes/secret-lien.md'));
  fs.symlinkSync('../hors-racine/secret.md', path.join(sources, 'article-lien-symbolique.md'));
  fs.symlinkSync('../hors-racine', path.join(sources, 'dossier-lien-symbolique'));
  const frontMatter = (title) =>
    `---\ntitle: ${title}\ndescription: Généré par le harnais.\nms.service: microsoft-365-security\nms.date: 11/29/2026\n---\n\n# ${title}\n\n`;
  // 5 MB in about 19,000 sections, as the article that took the build down for 13 minutes.
  const section = (n) =>
    `## Section ${n}\n\nLe capteur ${n} envoie ses journaux au service cloud toutes les cinq minutes ; quand le proxy refuse la connexion, le journal des événements garde le code d’erreur et l’heure de la tentative, ce qui suffit pour ouvrir un ticket.\n\n`;
  const big = [frontMatter('Article de 5 Mo')];
  for (let n = 1, size = 0; size < 5 * 1024 * 1024; n++) size += big[big.push(section(n)) - 1].length;
  fs.writeFileSync(path.join(sources, 'article-5-mo.md'), big.join(''));
  // Includes that double at each level: 16 small files, 2^16 copies of one line once expanded (6.5 MB).
  const LEVELS = 16;
  fs.writeFileSync(
    path.join(sources, 'inclusion-bombe.md'),
    `${frontMatter('Bombe d’inclusions')}[!INCLUDE [bombe](includes/bombe-0.md)]\n`,
  );
  for (let level = 0; level < LEVELS; level++)
    fs.writeFileSync(
      path.join(sources, `includes/bombe-${level}.md`),
      `[!INCLUDE [bombe](bombe-${level + 1}.md)]\n[!INCLUDE [bombe](bombe-${level + 1}.md)]\n`,
    );
  fs.writeFileSync(
    path.join(sources, `includes/bombe-${LEVELS}.md`),
    'Une ligne répétée par la bombe d’inclusions, une centaine d’octets pour dépasser les cinq mégaoctets.\n',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

/** Runs a command to completion with the run's environment; output is stdout and stderr together. */
function run(command, args, { timeout = 180_000, extraEnv = {} } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { status: result.status, output: result.error ? `${output}\n${result.error.message}` : output };
}

const importArgs = (entries, into, extra = []) => [
  'run',
  '--silent',
  'import',
  '--',
  ...entries,
  '--into',
  into,
  ...extra,
];

/** Marker files written by payloads since the last call (and any left in the temporary folder by this run). */
const seenMarkers = new Set();
function newMarkers() {
  const fresh = [];
  for (const name of fs.readdirSync(markers)) if (!seenMarkers.has(name)) fresh.push(name);
  for (const name of fs.readdirSync(os.tmpdir()))
    if (name.startsWith('portail-hostile-') && !seenMarkers.has(name)) {
      const stat = fs.statSync(path.join(os.tmpdir(), name));
      if (stat.isFile() && stat.mtimeMs >= started) fresh.push(name);
    }
  fresh.forEach((name) => seenMarkers.add(name));
  return fresh.map((name) => name.replace(/^portail-hostile-/, ''));
}

/** Attributes the payloads that ran during a phase to their class (or to the hand-written content). */
function checkMarkers(phase, extraOwners = []) {
  for (const id of newMarkers()) {
    const owner =
      CLASSES.find((c) => c.files.some((file) => id === slugOf(file) || id.startsWith(`${slugOf(file)}-`))) ??
      extraOwners.find((o) => id === o.id);
    const reason = `charge utile exécutée pendant ${phase} (marqueur ${id})`;
    if (owner?.files) {
      owner.ran = true;
      fail(owner, reason);
    } else if (owner) owner.failures.push(reason);
    else globalFailures.push(reason);
  }
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const lineNumbers = (file, pattern) =>
  fs
    .readFileSync(path.join(sources, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));

const importedSlugs = () =>
  new Set(
    fs.existsSync(path.join(content, 'articles'))
      ? fs.readdirSync(path.join(content, 'articles')).map((name) => name.replace(/\.mdx$/, ''))
      : [],
  );

/** The imported article of a source file, if any (its slug is its base name, possibly lower-cased). */
const articleOf = (file, slugs) => [slugOf(file), slugOf(file).toLowerCase()].find((slug) => slugs.has(slug));

/** The secrets (canary, environment, /etc/passwd lines) a text holds. */
const secretsIn = (text) => SECRETS.filter((secret) => text.includes(secret));
/** Which imported article each leaked secret came from (found in the content directory). */
const secretOrigins = new Map();

// ---------------------------------------------------------------------------------------------------------
// (a) Import of the hostile repository.

function importRepository() {
  const t = Date.now();
  const result = run('npm', importArgs([sources], content));
  checkMarkers('l’import');
  if (result.status !== 1)
    globalFailures.push(
      `l’import du dépôt hostile sort avec ${result.status}, 1 attendu (refus signalés, bons importés)`,
    );
  console.log(`Import du dépôt hostile : code ${result.status} (${where(t)})`);
  let output = result.output;
  const slugs = importedSlugs();
  // A source neither imported nor named was never reached: one file stopped the whole import.
  const unseen = CLASSES.flatMap((c) => c.files).filter((f) => !articleOf(f, slugs) && !namesFile(output, f));
  if (unseen.length) {
    globalFailures.push(
      `l’import s’arrête en chemin : ${unseen.length} source(s) ni importée(s) ni nommée(s) (${unseen.slice(0, 4).join(', ')}…) ; un mauvais fichier ne doit jamais cacher les autres`,
    );
    console.log(result.output.split('\n').slice(-12).join('\n'));
    output = importPastStops(output);
  }
  return output;
}

/**
 * Diagnosis when one file stopped the whole import: the sources not yet imported are imported again, in the same
 * order, the file the import stopped on (the one after the last article written) set aside each time.
 */
function importPastStops(output) {
  const t = Date.now();
  const outputs = [output];
  let remaining = CLASSES.flatMap((c) => c.files).filter((f) => !articleOf(f, importedSlugs()));
  for (let stops = 0; remaining.length; stops++) {
    const result = run(
      'npm',
      importArgs(
        remaining.map((f) => path.join(sources, f)),
        content,
      ),
    );
    outputs.push(result.output);
    const slugs = importedSlugs();
    const last = remaining.findLastIndex((f) => articleOf(f, slugs));
    const after = remaining.slice(last + 1);
    if (after.every((f) => namesFile(result.output, f))) break;
    remaining = after.slice(1);
  }
  checkMarkers('l’import repris après chaque arrêt');
  console.log(`  (diagnostic : import repris après chaque arrêt, ${where(t)})`);
  return outputs.join('\n');
}

/** What the import did with each class: refused (and how it said so) or imported. */
function judgeImport(output) {
  const slugs = importedSlugs();
  for (const cls of CLASSES) {
    for (const file of cls.files) {
      const imported = articleOf(file, slugs);
      const lines = linesNamed(output, file);
      const wanted = cls.at ? lineNumbers(file, cls.at) : undefined;
      const namedAtLine = cls.nameOnly
        ? namesFile(output, file)
        : wanted
          ? lines.some((line) => wanted.includes(line))
          : lines.length > 0;
      const lineHint = wanted ? ` (ligne ${wanted.join(' ou ')})` : '';
      if (cls.expect === 'bon') {
        if (!imported) fail(cls, `${file} non importé`);
      } else if (cls.expect === 'refus' || cls.expect === 'refus-nom') {
        if (imported) fail(cls, `${file} importé (articles/${imported}.mdx), refus attendu`);
        else if (cls.expect === 'refus' && !namedAtLine) fail(cls, `refus sans ${file}:ligne${lineHint}`);
        else if (!namesFile(output, file)) fail(cls, `refus qui ne nomme pas ${file}`);
      } else if (!imported && !namedAtLine) {
        fail(cls, `${file} refusé sans ${file}:ligne${lineHint}`);
      } else if (imported && cls.expect === 'signalé' && !namedAtLine) {
        fail(cls, `${file} importé sans avertissement ${file}:ligne${lineHint} : perte ou altération silencieuse`);
      }
      cls.imported = [...(cls.imported ?? []), ...(imported ? [imported] : [])];
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Import scenarios that need their own content directory.

const scenarios = [];

function scenario(label, check) {
  const t = Date.now();
  const problems = check();
  problems.push(...newMarkers().map((id) => `charge utile exécutée (marqueur ${id})`));
  scenarios.push({ label, problems });
  console.log(`Scénario « ${label} » : ${problems.length ? 'FAILLE' : 'tenu'} (${where(t)})`);
}

function runScenarios() {
  scenario('--slug ../../evasion-slug', () => {
    const base = path.join(work, 'slug');
    const into = path.join(base, 'a/b/content');
    fs.mkdirSync(into, { recursive: true });
    const result = run(
      'npm',
      importArgs([path.join(sources, 'bon-article.md')], into, ['--slug', '../../evasion-slug']),
    );
    const outside = walk(base).filter((file) => !file.startsWith(into + path.sep));
    const problems = [];
    if (result.status === 0) problems.push('l’import accepte un slug qui est un chemin');
    if (outside.length)
      problems.push(`écrit hors de --into : ${outside.map((f) => path.relative(base, f)).join(', ')}`);
    if (walk(into).length) problems.push('écrit un article sous un slug refusable');
    if (!result.output.includes('../../evasion-slug')) problems.push('le message ne nomme pas le slug refusé');
    return problems;
  });

  scenario('front matter ---js/---coffee déjà dans --into', () => {
    const into = path.join(work, 'existant');
    fs.mkdirSync(path.join(into, 'articles'), { recursive: true });
    for (const name of ['front-matter-js.mdx', 'front-matter-coffee.mdx'])
      fs.cpSync(path.join(FIXTURES, 'content/articles', name), path.join(into, 'articles', name));
    const result = run('npm', importArgs([path.join(sources, 'bon-article.md')], into));
    const problems = [];
    for (const name of ['front-matter-js.mdx', 'front-matter-coffee.mdx'])
      if (!linesNamed(result.output, name).length) problems.push(`${name}:ligne non nommé`);
    if (!fs.existsSync(path.join(into, 'articles/bon-article.mdx')))
      problems.push('un fichier illisible de --into empêche l’import du bon article');
    if (result.status !== 1) problems.push(`code de sortie ${result.status}, 1 attendu`);
    return problems;
  });

  scenario('slug pris par un fichier trié avant', () => {
    const into = path.join(work, 'usurpation-content');
    const result = run('npm', importArgs([path.join(work, 'usurpation')], into));
    const article = path.join(into, 'articles/bon-article.mdx');
    const problems = [];
    if (fs.existsSync(article) && fs.readFileSync(article, 'utf8').includes(IMPOSTOR))
      problems.push('l’imposteur a pris l’adresse /articles/bon-article');
    if (!namesFile(result.output, 'a-usurpation/bon-article.md')) problems.push('le conflit ne nomme pas l’imposteur');
    if (result.status !== 1) problems.push(`code de sortie ${result.status}, 1 attendu`);
    return problems;
  });
}

// ---------------------------------------------------------------------------------------------------------
// (b) The build's own refusal, on hand-written content: `npm run check:content`.

function checkHandWritten() {
  const t = Date.now();
  const dir = path.join(work, 'ecrit-a-la-main');
  fs.cpSync(path.join(FIXTURES, 'content'), dir, { recursive: true });
  const result = run('npm', ['run', '--silent', 'check:content'], { extraEnv: { CONTENT_DIR: dir } });
  const owners = HAND_WRITTEN.map(([file, at]) => {
    const text = fs.readFileSync(path.join(dir, 'articles', file), 'utf8');
    const wanted = text.split('\n').flatMap((line, i) => (at.test(line) ? [i + 1] : []));
    const named = linesNamed(result.output, file);
    const failures = [];
    if (!named.some((line) => wanted.includes(line)))
      failures.push(
        named.length
          ? `nommé à la ligne ${named.join(', ')}, ${wanted.join(' ou ')} attendue`
          : `${file}:${wanted.join(' ou ')} non nommé`,
      );
    return { id: `contenu-${file.replace(/\.mdx$/, '')}`, file, failures };
  });
  checkMarkers('npm run check:content', owners);
  const good = linesNamed(result.output, 'bon.mdx');
  if (good.length) globalFailures.push(`check:content refuse l’article correct bon.mdx (ligne ${good.join(', ')})`);
  if (result.status !== 1) globalFailures.push(`npm run check:content sort avec ${result.status}, 1 attendu`);
  console.log(`npm run check:content sur le contenu écrit à la main : code ${result.status} (${where(t)})`);
  if (owners.some((o) => o.failures.length)) console.log(result.output.split('\n').slice(0, 12).join('\n'));
  return owners;
}

// ---------------------------------------------------------------------------------------------------------
// (c) Build, serve, read everything.

/** What a set of leaked secrets is, in a few words. */
function describe(secrets) {
  const passwd = secrets.filter((secret) => PASSWD.includes(secret)).length;
  return [
    ...(secrets.includes(OUTSIDE_CANARY) ? ['canari hors racine'] : []),
    ...(secrets.includes(ENV_CANARY) ? ['environnement du processus'] : []),
    ...(passwd ? [`${passwd} ligne(s) de /etc/passwd`] : []),
  ].join(', ');
}

/** The classes a leak belongs to: the article whose page or file it is, else those its secrets were imported into. */
function leakOwners(secrets, slug) {
  const bySlug = slug && CLASSES.find((c) => c.imported?.includes(slug));
  if (bySlug) return [bySlug];
  return [...new Set(secrets.flatMap((secret) => secretOrigins.get(secret) ?? []))];
}

function leak(secrets, slug, reason, place) {
  const owners = leakOwners(secrets, slug);
  if (owners.length) owners.forEach((cls) => fail(cls, reason, place));
  else globalFailures.push(`${reason} : ${place}`);
}

/** Leaks in the content directory itself, attributed to the article they are in. */
function scanContentDir() {
  for (const file of walk(content)) {
    const found = secretsIn(fs.readFileSync(file, 'utf8'));
    if (!found.length) continue;
    const slug = path.basename(file, '.mdx');
    leak(found, slug, `texte hors racine importé (${describe(found)})`, path.relative(content, file));
    const cls = CLASSES.find((c) => c.imported?.includes(slug));
    for (const secret of found)
      secretOrigins.set(secret, [...(secretOrigins.get(secret) ?? []), ...(cls ? [cls] : [])]);
  }
}

/** Articles that must never reach the build (5 MB, the include bomb): taken out if imported anyway. */
function withdrawOversized() {
  for (const cls of CLASSES.filter((c) => c.expect === 'refus-nom' && c.id !== 'article-lien'))
    for (const slug of cls.imported ?? []) {
      const file = path.join(content, 'articles', `${slug}.mdx`);
      const megabytes = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
      fail(cls, `importé (${megabytes} Mo) : retiré avant le build, qui y passerait des minutes`);
      fs.rmSync(file);
    }
}

/** `npm run build` on the imported directory; an article that takes the build down is named, taken out, and the build retried. */
/** Articles the build refuses or chokes on are FAILLE for their class: taken out, so that the rest is still judged. */
function withdraw(slugs, output, why) {
  for (const slug of slugs) {
    const cls = CLASSES.find((c) => c.imported?.includes(slug));
    const message = output.split('\n').find((line) => line.includes(`articles/${slug}.mdx`)) ?? '';
    const reason = `${why} (${message.trim().slice(0, 160) || `/articles/${slug}`})`;
    if (cls) fail(cls, reason);
    else globalFailures.push(reason);
    fs.renameSync(path.join(content, 'articles', `${slug}.mdx`), path.join(work, `${slug}.mdx.retire`));
  }
  console.log(`  retirés pour poursuivre : ${slugs.join(', ')}`);
}

/**
 * The build's own check on the imported directory (`npm run check:content`, once the project has it): an
 * article it refuses would take the whole build down, so the importer let through what it should have refused.
 * Those are withdrawn, and the build then runs once on the rest.
 */
function precheckImported() {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!scripts['check:content']) return;
  const t = Date.now();
  const result = run('npm', ['run', '--silent', 'check:content'], { extraEnv: { CONTENT_DIR: content } });
  checkMarkers('npm run check:content sur le contenu importé');
  console.log(`npm run check:content sur le contenu importé : code ${result.status} (${where(t)})`);
  const refused = [...importedSlugs()].filter((slug) => linesNamed(result.output, `articles/${slug}.mdx`).length);
  if (refused.length) withdraw(refused, result.output, 'refusé par le build : ferait tomber tout le portail');
}

let buildStarted = false;

function build() {
  buildStarted = true;
  for (let attempt = 1; attempt <= BUILD_ATTEMPTS; attempt++) {
    const t = Date.now();
    const result = run('node', ['scripts/build-if-stale.mjs', '--force'], {
      timeout: 600_000,
      extraEnv: { CONTENT_DIR: content },
    });
    fs.writeFileSync(path.join(work, `build-${attempt}.log`), result.output);
    checkMarkers('le build');
    console.log(`Build n° ${attempt} sur le contenu importé : code ${result.status} (${where(t)})`);
    if (result.status === 0) return true;
    const present = importedSlugs();
    const named = [...result.output.matchAll(/articles\/([^\s/:"'`]+?)\.mdx/g)].map((m) => m[1]);
    const pages = [...result.output.matchAll(/\/articles\/([^\s/:"'`]+)/g)].map((m) => m[1]);
    const culprits = [...new Set(named.length ? named : pages)].filter((slug) => present.has(slug));
    if (!culprits.length) {
      globalFailures.push('le build échoue sans nommer d’article');
      console.log(result.output.split('\n').slice(-40).join('\n'));
      return false;
    }
    withdraw(culprits, result.output, 'fait tomber le build de tout le portail');
  }
  globalFailures.push(`le build échoue encore après ${BUILD_ATTEMPTS} essais`);
  return false;
}

async function get(url, headers = {}) {
  const response = await fetch(`http://localhost:${PORT}${url}`, { headers, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: await response.text() };
}

const parseJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * What one served document holds that it must not: secrets, dangerous URLs, live HTML. Each goes to the article
 * the document belongs to (`slug`), else to the classes it comes from.
 */
function inspect(url, kind, body, slug) {
  const secrets = secretsIn(body);
  if (secrets.length) leak(secrets, slug, 'et servi', url);
  const urls =
    kind === 'html'
      ? dangerousUrlsInHtml(body)
      : kind === 'rsc'
        ? dangerousUrlsInFlight(body)
        : kind === 'json'
          ? dangerousUrlsInJson(parseJson(body))
          : dangerousUrlsInMarkdown(body);
  const live = kind === 'html' ? liveMarkup(body) : [];
  const found = [
    ...[...new Set(urls)].map((u) => [u, `URL dangereuse servie : ${u.slice(0, 60)}`]),
    ...live.map((m) => [m, `HTML actif servi : ${m.slice(0, 60)}`]),
  ];
  for (const [what, reason] of found) {
    const owners = slug
      ? CLASSES.filter((c) => c.imported?.includes(slug))
      : CLASSES.filter((c) => c.expect !== 'bon' && c.files.some((file) => what.includes(slugOf(file))));
    if (owners.length) owners.forEach((cls) => fail(cls, reason, url));
    else globalFailures.push(`${reason} (${url})`);
  }
}

const TEMOIN = /TEMOIN-[A-Za-z0-9-]+?-(?:DEBUT|FIN|[A-Z]{4,})\b/g;

/** Leaks in what the build wrote (pages, payloads, route output), attributed to the articles they came from. */
function scanBuildOutput() {
  const dir = path.join(root, '.next/server/app');
  for (const file of walk(dir)) {
    const secrets = secretsIn(fs.readFileSync(file, 'latin1'));
    const slug = /articles\/([^/.]+)\./.exec(path.relative(dir, file))?.[1];
    if (secrets.length) leak(secrets, slug, 'et écrit par le build dans .next/server/app', path.relative(dir, file));
  }
}

async function readPortal() {
  const t = Date.now();
  const server = await serve(content, PORT);
  let pages = 0;
  try {
    for (const cls of CLASSES) {
      for (const slug of cls.imported ?? []) {
        if (!importedSlugs().has(slug)) continue;
        const page = await get(`/articles/${slug}`);
        const flight = await get(`/articles/${slug}`, { RSC: '1' });
        const markdown = await get(`/articles/${slug}.md`);
        pages += 3;
        if (page.status !== 200) fail(cls, `/articles/${slug} répond ${page.status}`);
        if (markdown.status !== 200) fail(cls, `/articles/${slug}.md répond ${markdown.status}`);
        inspect(`/articles/${slug}`, 'html', page.body, slug);
        inspect(`/articles/${slug} (RSC)`, 'rsc', flight.body, slug);
        inspect(`/articles/${slug}.md`, 'md', markdown.body, slug);
        if (page.status === 200 && !cls.expect.startsWith('refus'))
          checkShown(cls, slug, visibleText(page.body), page.body, markdown.body);
      }
    }
    const core = await get('/donnees/recherche.json');
    const partCount = Math.max(1, Number(parseJson(core.body)?.parts) || 0);
    const globals = [
      ['/', 'html', await get('/')],
      ['/donnees/recherche.json', 'json', core],
      ['/llms.txt', 'md', await get('/llms.txt')],
    ];
    for (let n = 1; n <= partCount; n++) {
      const url = `/donnees/recherche-texte/${n}.json`;
      globals.push([url, 'json', await get(url)]);
    }
    for (const [url, kind, doc] of globals) {
      pages++;
      if (doc.status !== 200) globalFailures.push(`${url} répond ${doc.status}`);
      else inspect(url, kind, doc.body);
    }
  } finally {
    server.stop();
  }
  console.log(`Portail servi et lu : ${pages} documents (${where(t)})`);
}

/** An imported article must show its text: all témoins for a good one, its end (and its payload as text) for the others. */
function checkShown(cls, slug, text, html, markdown) {
  const source = cls.files.find((file) => articleOf(file, new Set([slug])));
  if (cls.expect === 'bon') {
    const sourceText = [source, 'includes/fragment-sain.md']
      .map((file) => fs.readFileSync(path.join(sources, file), 'utf8'))
      .join('\n');
    const temoins = [...new Set(sourceText.match(TEMOIN))].filter((t) => t.startsWith(`TEMOIN-${slugOf(source)}-`));
    for (const temoin of temoins) if (!text.includes(temoin)) fail(cls, `${temoin} absent de la page`);
    if (!markdown.includes(`TEMOIN-${slugOf(source)}-FIN`)) fail(cls, `TEMOIN-${slugOf(source)}-FIN absent du .md`);
    if (slug === 'bon-article') {
      if (!text.includes('Les accolades {x} et les chevrons a < b restent du texte'))
        fail(cls, 'les accolades et chevrons de la prose ne sont pas affichés tels quels');
      if (!html.includes('href="/articles/bon-article#verifier-le-service"'))
        fail(cls, 'le lien redirigé vers un article du portail n’est plus interne');
    }
    return;
  }
  const end = `TEMOIN-${slugOf(source)}-FIN`;
  if (cls.expect !== 'signalé' && !text.includes(end)) fail(cls, `importé, mais ${end} n’est pas affiché`);
  if (cls.payloadShown && !cls.ran && !text.includes(`portail-hostile-${slugOf(source)}`))
    fail(cls, 'importé, mais la charge utile n’est pas affichée en texte (perte silencieuse)');
}

// ---------------------------------------------------------------------------------------------------------
// Summary.

function outcomeOf(cls) {
  if (failed(cls)) return 'FAILLE';
  if (cls.expect === 'bon') return 'importé et affiché';
  if (!cls.imported?.length) return 'refusé';
  return cls.expect === 'signalé' ? 'signalé' : 'neutralisé en texte';
}

function summarize(handWritten) {
  console.log('\nRésultat par classe (import du dépôt hostile, build, portail servi) :');
  for (const cls of CLASSES) {
    const outcome = outcomeOf(cls);
    console.log(`  ${outcome === 'FAILLE' ? '✗' : '✓'} ${cls.label.padEnd(46)} ${outcome}`);
    for (const [reason, places] of failures.get(cls.id)) {
      const list = [...places];
      const seen = list.length > 5 ? `${list.slice(0, 5).join(', ')}… (+${list.length - 5})` : list.join(', ');
      console.log(`      - ${reason}${seen ? ` : ${seen}` : ''}`);
    }
  }
  console.log('\nScénarios d’import :');
  for (const { label, problems } of scenarios) {
    console.log(`  ${problems.length ? '✗' : '✓'} ${label.padEnd(46)} ${problems.length ? 'FAILLE' : 'refusé'}`);
    for (const problem of problems) console.log(`      - ${problem}`);
  }
  console.log('\nContenu écrit à la main (npm run check:content) :');
  for (const owner of handWritten) {
    console.log(
      `  ${owner.failures.length ? '✗' : '✓'} ${owner.file.padEnd(46)} ${owner.failures.length ? 'FAILLE' : 'refusé'}`,
    );
    for (const reason of owner.failures) console.log(`      - ${reason}`);
  }
  if (globalFailures.length) {
    console.log('\nSur l’ensemble :');
    for (const reason of globalFailures) console.log(`  ✗ ${reason}`);
  }
  const faults =
    CLASSES.filter(failed).length +
    scenarios.filter((s) => s.problems.length).length +
    handWritten.filter((o) => o.failures.length).length +
    globalFailures.length;
  console.log(
    `\n${CLASSES.length} classes, ${scenarios.length} scénarios, ${handWritten.length} fichiers écrits à la main : ${faults ? `${faults} FAILLE(S)` : 'aucune faille'} (${where(started)})`,
  );
  return faults;
}

// ---------------------------------------------------------------------------------------------------------

let faults = 1;
try {
  prepare();
  const output = importRepository();
  judgeImport(output);
  runScenarios();
  const handWritten = checkHandWritten();
  scanContentDir();
  withdrawOversized();
  precheckImported();
  if (build()) {
    scanBuildOutput();
    await readPortal().catch((error) => globalFailures.push(`lecture du portail interrompue : ${error.message}`));
  }
  checkMarkers('la lecture du portail');
  faults = summarize(handWritten);
} finally {
  // The next `npm start` or `npm run test:e2e` must rebuild for content/: .next was built for another directory.
  if (buildStarted && fs.existsSync(path.join(root, '.next')))
    fs.writeFileSync(path.join(root, '.next/CONTENT_DIR'), content);
  if (process.env.HOSTILE_KEEP) console.log(`Dossier de travail gardé : ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
process.exit(faults ? 1 : 0);
