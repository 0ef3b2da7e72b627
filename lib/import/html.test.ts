import { describe, expect, it } from 'vitest';
import { convertMarkdown } from './testing';

const mdx = (markdown: string) => convertMarkdown(markdown).mdx;

describe('inline formatting written as HTML', () => {
  it('paired in a sentence, becomes the Markdown it means, nested too', () => {
    expect(mdx('# T\n\nChoisissez <strong>Oui</strong>, puis <em>Enregistrer <b>ici</b></em>.\n')).toContain(
      'Choisissez **Oui**, puis *Enregistrer __ici__*.',
    );
    expect(mdx('# T\n\nTapez <code>net start sense</code> ou <kbd>Ctrl</kbd>, <i>pas</i> <s>ceci</s>.\n')).toContain(
      'Tapez `net start sense` ou `Ctrl`, *pas* ~~ceci~~.',
    );
  });

  it('keeps the text of tags without a Markdown meaning, and attributes never reach the page', () => {
    expect(mdx('# T\n\nUn <small class="x" onclick="alert(1)">mot</small> <u>souligné</u>.\n')).toContain(
      'Un mot souligné.',
    );
  });

  it('in a table cell, a list becomes one line per item', () => {
    const out = mdx(
      '# T\n\n| Paramètre | Valeur |\n|---|---|\n| <strong>Code</strong> | Par défaut : <ul><li>Oui</li><li> <strong>Non</strong> </li></ul> |\n',
    );
    expect(out).toContain('| **Code**');
    expect(out).toContain('Par défaut : <br />• Oui<br />• **Non**');
  });

  it('left unpaired (opened in one sentence, closed in another), stays visible text', () => {
    const out = mdx('# T\n\nDébut <strong>gras\n\nsuite</strong> fin\n');
    expect(out).toContain('\\<strong>gras');
    expect(out).toContain('suite\\</strong> fin');
  });

  it('a list outside a table is left to the HTML rules (Markdown lists exist there)', () => {
    expect(mdx('# T\n\nTexte <ul><li>a</li></ul> fin\n')).toContain('\\<ul>');
  });
});
