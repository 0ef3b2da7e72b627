import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandIncludes, sourceLines } from './includes';
import type { ImportNote, ReadSource } from './types';

const files: Record<string, string> = {
  '/docs/ATPDocs/includes/product-short.md': '---\nms.topic: include\n---\nDefender pour Identity',
  '/docs/includes/note.md': '> [!NOTE]\n> Une note [!INCLUDE [p](../ATPDocs/includes/product-short.md)].\n',
  '/docs/includes/loop.md': 'avant [!INCLUDE [l](loop.md)] après',
};
/** The files above, read inside the root `/docs` as lib/import/source-tree.ts reads a real tree. */
const reader =
  (wall: 'repository' | 'folder'): ReadSource =>
  (file) => {
    if (!path.normalize(file).startsWith('/docs/')) return { kind: 'outside', through: 'path', wall };
    const text = files[path.normalize(file)];
    return text === undefined ? { kind: 'missing' } : { kind: 'text', text, notes: [] };
  };
const expand = (text: string, wall: 'repository' | 'folder' = 'repository') => {
  const notes: ImportNote[] = [];
  const lines = expandIncludes(sourceLines(text, '/docs/ATPDocs/article.md'), reader(wall), notes);
  return { text: lines.map((l) => l.text).join('\n'), lines, notes };
};

describe('[!INCLUDE]', () => {
  it('inlines an include inside a sentence and inside a heading', () => {
    expect(expand('Les [!INCLUDE [Product short](includes/product-short.md)] journaux').text).toBe(
      'Les Defender pour Identity journaux',
    );
    expect(expand('## <a name="x"></a>À propos de [!INCLUDE [p](includes/product-short.md)]').text).toBe(
      '## <a name="x"></a>À propos de Defender pour Identity',
    );
  });

  it('inlines a block include with ../ paths and nested includes, keeping the line prefix and origin', () => {
    const { text, lines } = expand('- item\n\n  [!INCLUDE [n](../includes/note.md)]');
    expect(text).toBe('- item\n\n  > [!NOTE]\n  > Une note Defender pour Identity.');
    expect(lines[2]).toMatchObject({ file: '/docs/includes/note.md', line: 1 });
  });

  it('repairs an include that machine translation mangled, and says so', () => {
    const { text, notes } = expand(
      '![[ ! INCLUDe [Product Short] (includes/Product-Short. MD)] paramètres](media/a.png)',
    );
    expect(text).toBe('![Defender pour Identity paramètres](media/a.png)');
    expect(notes[0]?.construct).toBe(
      '[!INCLUDE] mal formé (« includes/Product-Short. MD »), lu comme includes/product-short.md',
    );
  });

  it('cuts a cycle and reports it; a missing include is removed and reported', () => {
    const cycle = expand('[!INCLUDE [l](../includes/loop.md)]');
    expect(cycle.text).toBe('avant  après');
    expect(cycle.notes).toEqual([
      { file: '/docs/includes/loop.md', line: 1, construct: '[!INCLUDE] circulaire (loop.md)' },
    ]);
    const missing = expand('a\n[!INCLUDE [x](../includes/absent.md)]\nb');
    expect(missing.text).toBe('a\nb');
    expect(missing.notes[0]).toMatchObject({
      line: 2,
      construct: '[!INCLUDE] introuvable (../includes/absent.md), retiré',
    });
  });

  it('never reads outside the root: refused in a repository, removed and reported in a folder given alone', () => {
    const outside = 'a\n[!INCLUDE [x](../../../etc/passwd)]\nb';
    expect(() => expand(outside)).toThrow(
      '/docs/ATPDocs/article.md:2: [!INCLUDE] hors de la racine des sources (../../../etc/passwd) : refusé, rien n’a été lu',
    );
    const folder = expand(outside, 'folder');
    expect(folder.text).toBe('a\nb');
    expect(folder.notes).toEqual([
      {
        file: '/docs/ATPDocs/article.md',
        line: 2,
        construct: '[!INCLUDE] hors du dossier importé (../../../etc/passwd), non lu, retiré',
      },
    ]);
  });

  it('refuses an article that includes grow past the size limit, naming the include', () => {
    files['/docs/includes/big.md'] = 'x'.repeat(600_000);
    expect(() => expand('[!INCLUDE [a](../includes/big.md)]\n[!INCLUDE [b](../includes/big.md)]')).toThrow(
      /\/docs\/includes\/big\.md:1: article de plus de 1\s000 Ko une fois les \[!INCLUDE\] insérés : refusé/,
    );
  });
});
