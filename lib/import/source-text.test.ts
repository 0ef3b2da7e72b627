import { describe, expect, it } from 'vitest';
import { decodeSource } from './source-text';

describe('decodeSource', () => {
  it('reads UTF-8 text as it is', () => {
    expect(decodeSource(Buffer.from('# Titre\r\nAccentué ’ « »\n'), 'a.md')).toEqual({
      text: '# Titre\r\nAccentué ’ « »\n',
      notes: [],
    });
  });

  it('refuses bytes that are not UTF-8, naming the line (never U+FFFD in text or ids)', () => {
    const latin1 = Buffer.from('# Titre\n\nPr\xe9requis\n', 'latin1');
    expect(() => decodeSource(latin1, 'a.md')).toThrow('a.md:3: octets invalides : le fichier doit être en UTF-8');
  });

  it('refuses NUL, removes and reports other control characters', () => {
    expect(() => decodeSource(Buffer.from('a\nb\u0000c'), 'a.md')).toThrow('a.md:2: caractère NUL');
    expect(decodeSource(Buffer.from('a\u0008b\n\u0085c\td'), 'a.md')).toEqual({
      text: 'ab\nc\td',
      notes: [
        { file: 'a.md', line: 1, construct: 'caractère de contrôle U+0008 retiré' },
        { file: 'a.md', line: 2, construct: 'caractère de contrôle U+0085 retiré' },
      ],
    });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(() => decodeSource(new Uint8Array(1_000_001), 'gros.md')).toThrow(/^gros\.md: fichier de 1\s001 Ko refusé/);
  });
});
