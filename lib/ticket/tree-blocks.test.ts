import { describe, expect, it } from 'vitest';
import { blocksToHtml, blocksToMarkdown, blocksToText } from './blocks';
import { blocks } from './tree-blocks';

// Behind the build's refusal (lib/mdx/article-syntax.ts): a link that would run code, whatever its spelling,
// never reaches a ticket or the `.md` export, in any of their forms.
describe('links that run code', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', '&#106;avascript&colon;alert(1)', 'data:text/html,x'])(
    'keeps the text of %j, never its address',
    (url) => {
      const links = { learnDir: 'x', internal: new Map<string, string>() };
      const nodes = [
        {
          type: 'paragraph' as const,
          children: [{ type: 'link' as const, url, children: [{ type: 'text' as const, value: 'cliquez' }] }],
        },
      ];
      const rendered = blocks(nodes, { links, englishOriginals: false });
      for (const out of [blocksToMarkdown(rendered), blocksToText(rendered), blocksToHtml(rendered)]) {
        expect(out).toContain('cliquez');
        expect(out).not.toMatch(/script|data:|&#106;|colon/i);
      }
    },
  );
});
