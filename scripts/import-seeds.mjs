#!/usr/bin/env node
// One-off importer: turns the DocFX-flavoured seed articles (content/sources, the seeds under their original file names) into the portal's content:
// content/articles/<slug>.mdx and content/tables/<table>.json. It was run once to create content/; from
// then on content/ is the source of truth (edited by hand, validated at build). Re-running it overwrites
// content/, so only do that to re-import a new version of the seeds, then review the diff.
//
// What it does with each DocFX quirk:
// - `<a name>` in headings -> JSX heading with that id; the `<span id/>` alias -> <AnchorAlias id/>.
// - `[!INCLUDE]` lines are dropped; `> [!NOTE]` & co. become <Callout type="…">.
// - `:::image` and `![]()` -> <Figure alt="…"/> (the image files are not available).
// - every table -> a JSON data file, the article gets the component that renders it.
// - 004's `sxs-lookup` English doubles -> removed from the text, kept per section in <EnglishOriginal>.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seedsDir = path.resolve(root, 'content/sources');

const ARTICLES = [
  { file: 'troubleshooting-atp-known-issues.md', slug: 'troubleshooting-atp-known-issues', product: 'azure-atp', learnDir: 'azure-advanced-threat-protection' },
  { file: 'troubleshoot-onboarding.md', slug: 'troubleshoot-onboarding', product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
  { file: 'troubleshoot-security-config-mgt.md', slug: 'troubleshoot-security-config-mgt', product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
  { file: 'configure-proxy.md', slug: 'configure-proxy', product: 'azure-atp', learnDir: 'azure-advanced-threat-protection' },
  { file: 'troubleshoot-onboarding-error-messages.md', slug: 'troubleshoot-onboarding-error-messages', product: 'defender-endpoint', learnDir: 'microsoft-365/security/defender-endpoint' },
];

// Tables in the order they appear in each seed, and what they become.
const TABLES = {
  'troubleshoot-onboarding': ['script-events', 'intune-errors', 'non-compliance', 'mdm-events', 'sense-events'],
  'troubleshoot-security-config-mgt': ['device-join-states', 'scp-statuses'],
  'configure-proxy': ['sensor-urls'],
};

const ENGLISH_SPAN = /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;

/** 004: keep the French half, hand back the English half. */
function splitBilingual(line) {
  const english = [];
  const french = line.replace(ENGLISH_SPAN, (_, fr, en) => {
    english.push(en);
    return fr;
  });
  return { french, english };
}

/** Escape what MDX would read as JSX or expressions, outside code spans. */
function escapeMdxText(text) {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replace(/<br\s*\/?>/g, '\u0000BR\u0000')
        .replace(/[{}]/g, (c) => '\\' + c)
        .replace(/<(?![A-Z]|\/[A-Z]|span |\/span|a |\/a)/g, '\\<')
        .replace(/\u0000BR\u0000/g, '<br />');
    })
    .join('');
}

const IMAGE_DOCFX = /:::image\s[^:]*?alt-text="([^"]*)"[^:]*?:::/g;
const IMAGE_MD = /!\[([^\]]*)\]\([^)]*\)/g;
function replaceImages(line) {
  return line
    .replace(IMAGE_DOCFX, (_, alt) => `<Figure alt="${alt.replace(/"/g, '&quot;')}" />`)
    .replace(IMAGE_MD, (_, alt) => `<Figure alt="${alt.replace(/"/g, '&quot;')}" />`);
}

function parseRow(line) {
  const t = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|').map((c) => c.trim());
}

/** `a <p> b` and `a <br><br> b` inside a cell are paragraph breaks. */
function paragraphs(cell) {
  return cell
    .split(/\s*<p>\s*|\s*(?:<br>\s*){2}\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
const stripTicks = (s) => s.replace(/^`+|`+$/g, '').trim();

function tableToData(name, header, rows) {
  switch (name) {
    case 'script-events':
    case 'sense-events':
      return {
        columns: header,
        rows: rows.map(([id, text, resolution]) => ({
          eventId: Number(stripTicks(id)),
          [name === 'script-events' ? 'errorType' : 'message']: text,
          resolution: paragraphs(resolution),
        })),
      };
    case 'intune-errors': {
      const codes = [];
      for (const [hex, dec, description, omaUri, causes] of rows) {
        const kase = { omaUris: paragraphs(omaUri), causes: paragraphs(causes) };
        if (hex) codes.push({ hex, dec: Number(dec), description, cases: [kase] });
        else codes.at(-1).cases.push(kase);
      }
      return { columns: header, rows: codes };
    }
    case 'non-compliance':
      return {
        columns: header,
        rows: rows.map(([kase, symptoms, causes]) => ({ case: Number(stripTicks(kase)), symptoms, causes: paragraphs(causes) })),
      };
    case 'mdm-events':
      return {
        columns: header,
        rows: rows.map(([id, severity, description, resolution]) => ({ eventId: Number(id), severity, description, resolution })),
      };
    case 'scp-statuses':
      return {
        columns: header,
        rows: rows.map(([codes, status, actions]) => ({
          codes: codes.split(',').map((c) => stripTicks(c.trim())),
          status,
          actions,
        })),
      };
    case 'device-join-states':
      return { columns: header, rows: rows.map(([from, to]) => ({ from, to })) };
    case 'sensor-urls':
      return { columns: header, rows: rows.map(([location, hosts]) => ({ location, hosts: hosts.split(/<br>/).map((h) => h.trim()) })) };
    default:
      throw new Error(`unknown table ${name}`);
  }
}

/** The section each table sits in: code pages link back to it. */
const TABLE_ANCHOR = {
  'script-events': 'troubleshoot-onboarding-when-deploying-with-a-script',
  'sense-events': 'view-agent-onboarding-errors-in-the-device-event-log',
  'intune-errors': 'microsoft-intune-error-codes-and-oma-uris',
  'non-compliance': 'known-issues-with-non-compliance',
  'mdm-events': 'mobile-device-management-mdm-event-logs',
  'scp-statuses': 'general-troubleshooting',
  'device-join-states': 'registering-domain-joined-computers-with-azure-active-directory',
  'sensor-urls': 'enable-access-to-azure-atp-service-urls-in-the-proxy-server',
  'portal-urls': 'portal-communication-issues',
};

const TABLE_COMPONENT = {
  'script-events': '<CodeTable table="script" />',
  'sense-events': '<CodeTable table="sense" />',
  'intune-errors': '<CodeTable table="intune" />',
  'non-compliance': '<CodeTable table="non-conformite" />',
  'mdm-events': '<CodeTable table="mdm" />',
  'scp-statuses': '<CodeTable table="scp" />',
  'device-join-states': '<DeviceJoinStateTable />',
  'sensor-urls': '<SensorUrlTable />',
};

function learnDate(fm) {
  const raw = String(fm['ms.date'] ?? fm['ms.lasthandoff']);
  const [m, d, y] = raw.split('/').map(Number);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function convert(article) {
  const raw = fs.readFileSync(path.join(seedsDir, article.file), 'utf8');
  const { data: fm, content } = matter(raw);
  const lines = content.split('\n');
  const out = [];
  const tables = [];
  const tableNames = [...(TABLES[article.slug] ?? [])];
  let englishBuffer = [];
  let englishHeading = '';
  let englishInsertAt = -1;
  let calloutIndent = null; // indentation string of the open callout
  let preTitle = [];
  let seenTitle = false;
  let inFence = false;
  let indentedCode = null;

  const flushEnglish = () => {
    if (englishInsertAt >= 0 && englishBuffer.length) {
      const heading = JSON.stringify(englishHeading);
      out.splice(englishInsertAt, 0, '', `<EnglishOriginal heading=${heading}>`, '', englishBuffer.join(' '), '', '</EnglishOriginal>', '');
    }
    englishBuffer = [];
    englishHeading = '';
    englishInsertAt = -1;
  };

  for (let i = 0; i < lines.length; i++) {
    // Two trailing spaces are a Markdown hard line break (log excerpts rely on them): keep it explicit.
    const hardBreak = / {2,}$/.test(lines[i]) && (lines[i + 1] ?? '').trim() !== '';
    let line = lines[i].replace(/\s+$/, '');

    // Fenced code passes through untouched.
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      out.push(line);
      continue;
    }
    if (inFence) {
      out.push(lines[i]);
      continue;
    }
    // 000 has one indented code block (MDX has no indented code): make it fenced.
    if (/^ {4}\S/.test(line) && i > 0 && lines[i - 1].trim() === '' && !/^(\s*[-*]|\s*\d+\.|\s{2,})/.test(findPrevNonBlank(lines, i - 1))) {
      indentedCode = indentedCode ?? [];
      indentedCode.push(line.slice(4));
      if (!/^ {4}\S/.test(lines[i + 1] ?? '')) {
        out.push('```text', ...indentedCode, '```');
        indentedCode = null;
      }
      continue;
    }

    if (/^\s*\[!INCLUDE/.test(line)) continue;
    if (/^\s*(<br>|\*\*\*\*|\|)\s*$/.test(line)) continue; // DocFX table furniture

    // Tables become data.
    if (/^\s*>?\s*\|/.test(line)) {
      const indent = line.match(/^\s*>?\s*/)[0];
      const block = [];
      while (i < lines.length && /^\s*>?\s*\|/.test(lines[i])) {
        block.push(lines[i].replace(/^\s*>?\s*/, ''));
        i++;
      }
      i--;
      const name = tableNames.shift();
      if (!name) throw new Error(`${article.file}: unexpected table at line ${i}`);
      const header = parseRow(block[0]).map((h) => h.trim());
      const rows = block.slice(2).filter((r) => r.trim() !== '|').map(parseRow);
      tables.push([name, { source: { article: article.slug, anchor: TABLE_ANCHOR[name] }, ...tableToData(name, header, rows) }]);
      out.push(indent.replace('>', '') + TABLE_COMPONENT[name]);
      continue;
    }

    // 004's list of portal URLs to allow becomes data too.
    if (article.slug === 'troubleshoot-onboarding-error-messages' && /^- `[^`]+`\s*$/.test(line)) {
      const urls = [];
      while (i < lines.length && /^- `[^`]+`\s*$/.test(lines[i].trim())) {
        urls.push(lines[i].trim().slice(3, -1).replace(/`$/, ''));
        i++;
      }
      i--;
      tables.push(['portal-urls', { source: { article: article.slug, anchor: TABLE_ANCHOR['portal-urls'] }, urls }]);
      out.push('<PortalUrlList />');
      continue;
    }

    // 004: bilingual spans.
    let english = [];
    if (line.includes('sxs-lookup')) ({ french: line, english } = splitBilingual(line));

    // Headings.
    const h = line.match(/^(#{1,6})\s+(.*)$/);
    if (h) {
      flushEnglish();
      const level = h[1].length;
      let text = h[2];
      const anchor = text.match(/<a name="([^"]+)"><\/a>/);
      text = text.replace(/<a name="[^"]+"><\/a>/, '').trim();
      if (!anchor) throw new Error(`${article.file}: heading without anchor: ${line}`);
      out.push(`<h${level} id="${anchor[1]}">${escapeMdxText(text)}</h${level}>`, '');
      englishHeading = english.join(' ');
      englishInsertAt = out.length;
      if (level === 1) {
        seenTitle = true;
        if (preTitle.length) out.push('', ...preTitle);
        englishInsertAt = out.length;
      }
      continue;
    }
    if (english.length) englishBuffer.push(...english);

    // The alias anchor in 001.
    const alias = line.match(/^<span id="([^"]+)"\s*\/>$/);
    if (alias) {
      out.push(`<AnchorAlias id="${alias[1]}" />`);
      continue;
    }

    // Callouts.
    const callout = line.match(/^(\s*)>\s*\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION)\]\s*$/);
    if (callout) {
      calloutIndent = callout[1];
      out.push(`${calloutIndent}<Callout type="${callout[2].toLowerCase()}">`, '');
      continue;
    }
    if (calloutIndent !== null) {
      const quoted = line.match(/^(\s*)>\s?(.*)$/);
      if (quoted) {
        line = calloutIndent + quoted[2];
      } else {
        out.push('', `${calloutIndent}</Callout>`);
        calloutIndent = null;
      }
    }

    line = replaceImages(line);
    line = escapeMdxText(line).replace(/&lt;Figure/g, '<Figure');
    line = line.replace(/\\<Figure/g, '<Figure');

    if (hardBreak) line += '\\';
    if (!seenTitle) {
      if (line.trim()) preTitle.push(line.trim());
      continue;
    }
    out.push(line);
  }
  if (calloutIndent !== null) out.push('', `${calloutIndent}</Callout>`);
  flushEnglish();
  if (tableNames.length) throw new Error(`${article.file}: tables not found: ${tableNames}`);

  const frontMatter = {
    title: String(fm.title).replace(/\s*\|\s*Microsoft Docs$/, ''),
    description: fm.description,
    product: article.product,
    sourceFile: `${article.slug}.md`,
    sourceDate: learnDate(fm),
    learnUrl: `https://learn.microsoft.com/fr-fr/${article.learnDir}/${article.slug}`,
    learnDir: article.learnDir,
  };
  const yaml = Object.entries(frontMatter)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  const body = out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  return { mdx: `---\n${yaml}\n---\n\n${body}`, tables };
}

function findPrevNonBlank(lines, i) {
  for (let j = i; j >= 0; j--) if (lines[j].trim()) return lines[j];
  return '';
}

fs.mkdirSync(path.join(root, 'content/articles'), { recursive: true });
fs.mkdirSync(path.join(root, 'content/tables'), { recursive: true });
for (const article of ARTICLES) {
  const { mdx, tables } = convert(article);
  fs.writeFileSync(path.join(root, 'content/articles', `${article.slug}.mdx`), mdx);
  for (const [name, data] of tables) {
    fs.writeFileSync(path.join(root, 'content/tables', `${name}.json`), JSON.stringify(data, null, 2) + '\n');
  }
  console.log(`${article.slug}: ${mdx.length} chars, ${tables.length} tables`);
}
