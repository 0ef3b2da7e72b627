import { describe, expect, it } from 'vitest';
import { readSources } from './sources';
import {
  inlineMarkdownToText,
  normalizeForComparison,
  seedAnchors,
  seedTextUnits,
  slugOfSourceFile,
} from './text-units';

describe('seed text units', () => {
  it('turns inline Markdown and DocFX spans into reader text', () => {
    expect(inlineMarkdownToText('Cliquez sur **Démarrer, tapez** [ici](x.md) \\> Windows')).toBe(
      'Cliquez sur Démarrer, tapez ici > Windows',
    );
    expect(
      inlineMarkdownToText(
        '<span data-ttu-id="1">Aucun</span><span class="sxs-lookup"><span data-stu-id="1">None</span></span>',
      ),
    ).toBe('Aucun');
  });

  it('splits tables into cells and skips DocFX furniture', () => {
    const units = seedTextUnits(
      '---\na: b\n---\n[!INCLUDE [x](y)]\n****\n|ID|Type|\n|:---:|---|\n|`5`|Erreur <p> suite|\n|\n> [!NOTE]\n> Texte\n',
    );
    expect(units).toEqual(['ID', 'Type', '`5`', 'Erreur suite', 'Texte']);
  });

  it('keeps long code lines only', () => {
    expect(seedTextUnits('```\nsc qc diagtrack\nGet-NetAdapterAdvancedProperty -Name x\n```\n')).toEqual([
      'Get-NetAdapterAdvancedProperty -Name x',
    ]);
  });

  it('compares text without layout or formatting characters', () => {
    expect(normalizeForComparison('`5-9`,`11-12`, `26-33`')).toBe(normalizeForComparison('5-9, 11-12, 26-33'));
  });

  it('skips HTML comments, div and zone markers; splits cells on unescaped pipes', () => {
    expect(
      seedTextUnits(
        '<!-- caché\n<a name="x"></a> -->\n> [!div class="checklist"]\n> Texte\n::: zone pivot="a"\n|a \\| b|c|\n',
      ),
    ).toEqual(['Texte', 'a | b', 'c']);
    expect(seedAnchors('<!-- <a name="x"></a> -->')).toEqual([]);
  });

  it('reads the five sources, their slugs (original file names) and their 49 anchors', () => {
    const sources = readSources();
    expect(sources.map((s) => s.slug)).toEqual([
      'configure-proxy',
      'troubleshoot-onboarding-error-messages',
      'troubleshoot-onboarding',
      'troubleshoot-security-config-mgt',
      'troubleshooting-atp-known-issues',
    ]);
    expect(slugOfSourceFile('configure-proxy.md')).toBe('configure-proxy');
    const anchors = sources.flatMap((s) => seedAnchors(s.raw));
    expect(anchors).toHaveLength(49);
    expect(anchors).toContain('ensure-the-diagnostics-service-is-enabled');
  });
});
