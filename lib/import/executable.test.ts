import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from './run';
import { markerPath, payload, renderArticle, shownText, sourceFolder } from './testing';

/**
 * Issue #14: text of a source that MDX would run at build time. Each source below carries a payload that
 * writes a marker file if it ever runs; imported, compiled and rendered as the build does it, the payload
 * must not run and must be shown as text, where the source has it.
 */
async function importAndRender(name: string, source: string) {
  const folder = sourceFolder({ [name]: source });
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'import-into-'));
  const result = runImport({ sources: [folder], into, dryRun: true });
  const [outcome] = result.outcomes;
  expect(outcome?.problems).toEqual([]);
  expect(outcome?.status).toBe('importé');
  const html = await renderArticle(outcome!.article!.mdx);
  return { mdx: outcome!.article!.mdx, html, text: shownText(html), outcome: outcome! };
}

const article = (body: string) => `---\ntitle: Article\nms.date: 01/02/2021\n---\n# Article\n\n${body}\n`;

describe('text that MDX would run is shown, never run', () => {
  it('a prose line starting with `export const`', async () => {
    const marker = markerPath('esm');
    const line = `export const pwned = ${payload(marker)}`;
    const { text } = await importAndRender('esm.md', article(`${line}\n\nimport fs from 'node:fs'`));
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(line);
    expect(text).toContain("import fs from 'node:fs'");
  });

  it('a code span with mismatched backtick runs holding {…}', async () => {
    const marker = markerPath('code-span');
    const { text } = await importAndRender('span.md', article(`Texte \`{${payload(marker)}}\`\` fin`));
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(`{${payload(marker)}}`);
  });

  it('a line that looks like a fence opening and is not one, followed by {…}', async () => {
    const marker = markerPath('fence');
    const { text } = await importAndRender(
      'fence.md',
      article(`\`\`\`js\`x\`\n{${payload(marker)}}\n\n    \`\`\`\n\n{${payload(marker)}}`),
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(`{${payload(marker)}}`);
  });

  it('the English half of an sxs-lookup span', async () => {
    const marker = markerPath('sxs');
    const english = `Sign in {${payload(marker)}} <b>now</b>`;
    const { text, mdx } = await importAndRender(
      'sxs.md',
      article(
        `<span data-ttu-id="1">Connectez-vous</span><span class="sxs-lookup"><span data-stu-id="1">${english}</span></span>`,
      ),
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(mdx).toContain('<EnglishOriginal');
    // The paired <b> is bold (lib/import/html.ts): its text is there, no element came from the source.
    expect(text).toContain(`Sign in {${payload(marker)}} now`);
    expect(text).toContain('Connectez-vous');
  });

  it('an sxs-lookup heading whose English half would break out of the attribute', async () => {
    const marker = markerPath('sxs-heading');
    const english = `A" x={${payload(marker)}} y="`;
    const { text } = await importAndRender(
      'sxs-heading.md',
      article(
        `## <span data-ttu-id="2">Titre</span><span class="sxs-lookup"><span data-stu-id="2">${english}</span></span>\n\n<span data-ttu-id="3">Texte</span><span class="sxs-lookup"><span data-stu-id="3">Text</span></span>`,
      ),
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(english);
  });

  it('a ::: zone pivot= condition containing backticks', async () => {
    const marker = markerPath('zone');
    const condition = `pivot="a\` {${payload(marker)}} \`b"`;
    const { text } = await importAndRender('zone.md', article(`::: zone ${condition}\nTexte.\n::: zone-end`));
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(`zone ${condition}`);
  });

  it('a YAML article whose indented block would close the code fence', async () => {
    const marker = markerPath('yaml');
    const yaml = `### YamlMime:FAQ\ntitle: FAQ\nanswer: |\n  \`\`\`\n  {${payload(marker)}}\n  export const x = 1\n`;
    const { text } = await importAndRender('faq.yml', yaml);
    expect(fs.existsSync(marker)).toBe(false);
    expect(text).toContain(`{${payload(marker)}}`);
    expect(text).toContain('export const x = 1');
  });

  it('JSX, expressions and HTML anywhere in prose, headings, tables, callouts, links and image captions', async () => {
    const marker = markerPath('everywhere');
    // Single quotes only: a double quote would end the link title and the image's alt-text early.
    const js = `{${payload(marker).replace(/"/g, "'")}}`;
    const { text, mdx } = await importAndRender(
      'everywhere.md',
      article(
        [
          `## Titre ${js} <Inconnu />`,
          `| a ${js} | <script>x</script> |\n|---|---|\n| \`${js}\` | <img src=x onerror=alert(1)> |`,
          `> [!NOTE]\n> Note ${js}`,
          `[lien ${js}](page.md "titre ${js}") ![image ${js}](i.png)`,
          `:::image type="content" source="a.png" alt-text="alt ${js} &quot;":::`,
          `<div onclick="x">${js}</div>`,
        ].join('\n\n'),
      ),
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(text.split(js).length - 1).toBeGreaterThanOrEqual(6);
    expect(text).toContain('<script>x</script>');
    expect(mdx).not.toMatch(/(?<!\\)<(script|img|div|Inconnu)\b/);
  });
});

describe('link targets that would run script', () => {
  it.each([
    '[clic](javascript:alert(1))',
    '[clic](JaVaScRiPt:alert(1))',
    '[clic](java&#x09;script:alert(1))',
    '[clic](<java\tscript:alert(1)>)',
    '[clic](%6Aavascript:alert(1))',
    '[clic](data:text/html;base64,PHNjcmlwdD4=)',
    '[clic](vbscript:msgbox(1))',
    '[clic][ref]\n\n[ref]: javascript:alert(1)',
    '<javascript:alert(1)>',
  ])('%s: target dropped, text kept, note with file and line', async (markdown) => {
    const { mdx, html, text, outcome } = await importAndRender('links.md', article(`Avant\n\n${markdown}`));
    expect(mdx).not.toMatch(/\]\([^)]*(script|data)/i);
    expect(html).not.toMatch(/href=/);
    expect(text).toMatch(/clic|alert\(1\)/);
    expect(outcome.notes.map((n) => `${path.basename(n.file)}:${n.line}: ${n.construct}`)).toContain(
      'links.md:9: cible de lien dangereuse retirée (texte gardé)',
    );
  });

  it('keeps ordinary links', async () => {
    const { mdx } = await importAndRender('ok.md', article('[a](https://learn.microsoft.com/x) [b](other.md#x)'));
    expect(mdx).toContain('[a](https://learn.microsoft.com/x) [b](other.md#x)');
  });
});
