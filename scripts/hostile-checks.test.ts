import { describe, expect, it } from 'vitest';
import {
  dangerousUrlsInFlight,
  dangerousUrlsInHtml,
  dangerousUrlsInJson,
  dangerousUrlsInMarkdown,
  isDangerousUrl,
  linesNamed,
  liveMarkup,
  namesFile,
  visibleText,
} from './hostile-checks.mjs';

describe('isDangerousUrl', () => {
  it('sees javascript:, vbscript: and data: through case, entities, blanks and control characters', () => {
    for (const url of [
      "javascript:alert('x')",
      'JaVaScRiPt:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#0000106avascript:alert(1)',
      'java&#x09;script:alert(1)',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      ' \u0001javascript:alert(1)',
      'VBScript:msgbox(1)',
      'DATA:text/html,x',
      'data:image/svg+xml;base64,PHN2Zz4=',
    ])
      expect(isDangerousUrl(url), url).toBe(true);
  });

  it('leaves the links articles use alone', () => {
    for (const url of [
      'https://learn.microsoft.com/fr-fr/x',
      '/articles/bon-article#verifier-le-service',
      '#section',
      'mailto:support@example.com',
      'article-javascript.md',
      'https://example.com/?q=javascript:x',
    ])
      expect(isDangerousUrl(url), url).toBe(false);
  });
});

describe('dangerous URLs where the portal serves them', () => {
  it('finds them in tag attributes, not in text', () => {
    const html =
      '<p>Le lien javascript:alert(1) est du texte.</p><a href="&#106;avascript:alert(1)">a</a><img src=\'data:image/png;base64,AA\'><a href="https://x.example">b</a>';
    expect(dangerousUrlsInHtml(html)).toEqual(['&#106;avascript:alert(1)', 'data:image/png;base64,AA']);
  });

  it('finds them in the RSC payload a page carries, where React does not block them', () => {
    const flight = '1:["$","a",null,{"href":"javascript:alert(\\"x\\")","children":"ici"}]';
    const html = `<p>ok</p><script>self.__next_f.push([1,${JSON.stringify(flight)}])</script>`;
    expect(dangerousUrlsInHtml(html)).toEqual(['javascript:alert("x")']);
    expect(dangerousUrlsInFlight('{"href":"/articles/x"}')).toEqual([]);
  });

  it('finds them in Markdown links, images, definitions and raw HTML, not in escaped text', () => {
    const markdown = [
      '[a](javascript:alert(1)) ![b](data:image/png;base64,AA) [c][r] <a href="vbscript:x">d</a>',
      '',
      '[r]: JavaScript:alert(2)',
      '',
      '\\[e\\](javascript:alert(3)) and `[f](javascript:alert(4))`',
    ].join('\n');
    expect(dangerousUrlsInMarkdown(markdown)).toEqual([
      'javascript:alert(1)',
      'data:image/png;base64,AA',
      'vbscript:x',
      'JavaScript:alert(2)',
    ]);
  });

  it('finds them among JSON string values', () => {
    expect(dangerousUrlsInJson({ docs: [{ url: '/articles/x', links: ['vbscript:x'] }], n: 1 })).toEqual([
      'vbscript:x',
    ]);
  });
});

describe('liveMarkup', () => {
  it('reports frames, event handlers and scripts that run content, not the framework’s scripts', () => {
    const html = [
      '<script>self.__next_f.push([1,"alert(1) portail-hostile"])</script>',
      '<script>document.documentElement.dataset.theme="dark"</script>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;iframe&gt;</p>',
      '<img src="x" onerror="alert(1)"><iframe src="https://x.example"></iframe>',
      '<script>alert("portail-hostile")</script>',
    ].join('');
    expect(liveMarkup(html)).toEqual([
      '<iframe src="https://x.example">',
      'onerror="alert(1)"',
      '<script>alert("portail-hostile")</script>',
    ]);
  });
});

describe('visibleText', () => {
  it('keeps element text, alt and title, drops scripts and decodes entities', () => {
    const html = '<script>hidden()</script><p>a &lt; b {x}</p><img alt="Capture {y}"><a title="t">lien</a>';
    expect(visibleText(html)).toContain('a < b {x}');
    expect(visibleText(html)).toContain('Capture {y}');
    expect(visibleText(html)).not.toContain('hidden');
  });
});

describe('naming a file and a line', () => {
  const output = [
    '✗ ../../tmp/h/sources/inclusion-passwd.md:14: inclusion hors de la racine',
    '  « ../tmp/h/sources/a-usurpation/bon-article.md » refusé',
    'content/articles/esm-export.mdx:15: ESM refusé',
  ].join('\n');

  it('reads the line given for a file, by the end of its path', () => {
    expect(linesNamed(output, 'inclusion-passwd.md')).toEqual([14]);
    expect(linesNamed(output, 'esm-export.mdx')).toEqual([15]);
    expect(linesNamed(output, 'passwd.md')).toEqual([]);
    expect(linesNamed(output, 'a-usurpation/bon-article.md')).toEqual([]);
  });

  it('tells whether a file is named at all', () => {
    expect(namesFile(output, 'a-usurpation/bon-article.md')).toBe(true);
    expect(namesFile(output, 'bon-article.md')).toBe(true);
    expect(namesFile(output, 'article.md')).toBe(false);
    expect(namesFile(output, 'esm-export.md')).toBe(false);
    expect(namesFile('dossier-lien : lien symbolique hors du dossier importé : refusé', 'dossier-lien/secret.md')).toBe(
      true,
    );
    expect(namesFile('dossier-lien/autre.md importé', 'dossier-lien/secret.md')).toBe(false);
  });
});
