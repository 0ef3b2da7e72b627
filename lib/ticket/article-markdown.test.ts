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
  }, 30_000); // The first test of a file loads every article.

  it('each section ends with its English original, its table’s rows after it, clearly marked', () => {
    const md = articleMarkdown('troubleshoot-onboarding');
    const section = md.split('{#troubleshoot-onboarding-when-deploying-with-a-script}')[1]?.split(/^#{2,4} /m)[0] ?? '';
    const english = section.indexOf('> **Original anglais (Microsoft Learn, en-us)**');
    expect(english).toBeGreaterThan(section.indexOf('| `15` |'));
    expect(section.slice(english)).toMatch(/^> .*Look for an event from \*\*WDATPOnboarding\*\* event source\./m);
    expect(section.slice(english)).toContain('> **Événement 15**');
    expect(section.slice(english)).toContain('> **Error Type:** Failed to start SENSE service');
    // 004's originals come from its English source now, once: the article's own copy is left out.
    const md004 = articleMarkdown('troubleshoot-onboarding-error-messages');
    expect(md004).not.toContain('Texte d’origine en anglais');
    expect(md004).toMatch(/^> .*The Windows E5 and Office E5 licenses are separate licenses\./m);
  });
});
