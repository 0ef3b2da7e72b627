import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { articleMarkdown } from './article-markdown';
import { getSite } from '@/lib/site/site';

describe('Markdown for AI assistants', () => {
  it('each article holds every heading with its anchor, and its code tables from the data', () => {
    for (const slug of ARTICLE_SLUGS) {
      const md = articleMarkdown(slug);
      for (const heading of getSite().article(slug).headings) expect(md).toContain(`{#${heading.id}}`);
    }
    const md = articleMarkdown('troubleshoot-onboarding');
    expect(md).toContain('| `15` |');
    expect(md).not.toMatch(/<CodeTable|<Callout|<h2/);
    expect(articleMarkdown('troubleshoot-onboarding-error-messages')).toContain('**Texte d’origine en anglais**');
  }, 30_000); // The first test of a file loads every article.
});
