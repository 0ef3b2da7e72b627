import { describe, expect, it } from 'vitest';
import {
  escapeMdxText,
  replaceAutolinks,
  replaceImages,
  replaceInlineAnchors,
  splitBilingual,
  unknownTags,
  unwrapTranslationSpans,
} from './inline';

describe('inline constructs', () => {
  it('keeps the French half of sxs-lookup pairs and hands back the English', () => {
    const line =
      '- [<span data-ttu-id="1-106">Microsoft Defender pour point de terminaison</span><span class="sxs-lookup"><span data-stu-id="1-106">Microsoft Defender for Endpoint</span></span>](https://x)';
    expect(splitBilingual(line)).toEqual({
      french: '- [Microsoft Defender pour point de terminaison](https://x)',
      english: ['Microsoft Defender for Endpoint'],
    });
  });

  it('unwraps lone data-ttu-id spans', () => {
    expect(unwrapTranslationSpans('<span data-ttu-id="a-1">Texte</span> suite')).toBe('Texte suite');
  });

  it('turns :::image and Markdown images into captions', () => {
    expect(replaceImages(':::image type="content" source="media/a.png" alt-text="Vue « A »":::')).toBe(
      '<Figure alt="Vue « A »" />',
    );
    expect(replaceImages('Voir ![Le "portail"](media/b.png) ici')).toBe(
      'Voir <Figure alt="Le &quot;portail&quot;" /> ici',
    );
  });

  it('keeps <a name> anchors outside headings and turns autolinks into links', () => {
    expect(replaceInlineAnchors('    <a name="ntlm-8004"></a> **Pour**')).toBe(
      '    <Anchor id="ntlm-8004" /> **Pour**',
    );
    expect(replaceInlineAnchors('<a name="taken"></a>', (id) => id !== 'taken')).toBe('');
    expect(replaceAutolinks('voir <https://aka.ms/x>')).toBe('voir [https://aka.ms/x](https://aka.ms/x)');
  });

  it('escapes JSX and expressions outside code spans and its own markup', () => {
    expect(escapeMdxText('"<PATH_TO_FILE>\\bc.crt" {x} `<code>` a<br>b <Figure alt="y" />')).toBe(
      '"\\<PATH_TO_FILE>\\bc.crt" \\{x\\} `<code>` a<br />b <Figure alt="y" />',
    );
  });

  it('leaves characters the source already escaped', () => {
    expect(escapeMdxText('Sensor\\<version number>, a\\\\<b')).toBe('Sensor\\<version number>, a\\\\\\<b');
  });

  it('lists tags it does not know, outside code spans', () => {
    expect(unknownTags('a <sup>1</sup> `<div>` <br/> <Access Key> <your-instance-name>')).toEqual(['sup', 'sup']);
  });
});
