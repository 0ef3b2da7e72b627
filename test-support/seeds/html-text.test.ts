import { describe, expect, it } from 'vitest';
import { htmlIds, htmlToText } from './html-text';

describe('text of a server-rendered page', () => {
  it('keeps the text of <main>, without scripts, with entities decoded', () => {
    const html =
      '<header>Menu</header><main><h2 id="a">Titre &amp; suite</h2><script>self.__next_f.push([1,"x"])</script><p>Texte&nbsp;: &#x27;ok&#39; &lt;PATH&gt;</p></main>';
    expect(htmlToText(html)).toBe("Titre & suite Texte : 'ok' <PATH>");
    expect([...htmlIds(html)]).toEqual(['a']);
  });
});
