import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';

describe('splitFrontMatter', () => {
  it('reads YAML front matter and keeps the body’s line numbers', () => {
    const split = splitFrontMatter('---\ntitle: "Titre"\nms.date: 02/18/2020\n---\n\n# Corps\n', 'a.md');
    expect(split.data).toEqual({ title: 'Titre', 'ms.date': '02/18/2020' });
    expect(split.body).toBe('\n# Corps\n');
    expect(split.bodyLine).toBe(5);
    expect(split.present).toBe(true);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const split = splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nCorps', 'a.md');
    expect(split.data).toEqual({ title: 'x' });
    expect(split.body).toBe('Corps');
  });

  it('gives a file without front matter whole', () => {
    expect(splitFrontMatter('# Titre\n', 'a.md')).toEqual({ data: {}, body: '# Titre\n', bodyLine: 1, present: false });
  });

  // gray-matter ran these engines: a source file from a public repository could run code at import or build.
  it.each(['js', 'javascript', 'coffee', 'json'])('refuses ---%s front matter without evaluating it', (engine) => {
    const marker = path.join(os.tmpdir(), `front-matter-${engine}-${process.pid}`);
    const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); ({ title: 'x' })`;
    expect(() => splitFrontMatter(`---${engine}\n${payload}\n---\nCorps`, 'content/articles/a.mdx')).toThrow(
      /^content\/articles\/a\.mdx:1: front matter « .+ » refusé : seul le YAML est accepté/,
    );
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('keeps YAML tags as data, never as code', () => {
    const split = splitFrontMatter('---\ntitle: !!js/function "function () { return 1 }"\n---\n', 'a.md');
    expect(typeof split.data.title).not.toBe('function');
  });

  it('names the line of a YAML error', () => {
    expect(() => splitFrontMatter('---\ntitle: x\ndescription: [non fermé\n---\n', 'a.md')).toThrow(
      /^a\.md:\d+: front matter illisible/,
    );
  });

  it('refuses an unclosed front matter and a front matter that is not a mapping', () => {
    expect(() => splitFrontMatter('---\ntitle: x\n', 'a.md')).toThrow(/^a\.md:1: front matter non fermé/);
    expect(() => splitFrontMatter('---\n- a\n- b\n---\n', 'a.md')).toThrow(/^a\.md:2: front matter invalide/);
  });

  it('refuses duplicate keys (the second would silently win)', () => {
    expect(() => splitFrontMatter('---\ntitle: a\ntitle: b\n---\n', 'a.md')).toThrow(
      /^a\.md:\d+: front matter illisible/,
    );
  });
});
