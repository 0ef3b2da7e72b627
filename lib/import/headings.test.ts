import { describe, expect, it } from 'vitest';
import { learnHeadingId, portalId, uniqueId } from './headings';
import { convertMarkdown } from './testing';

describe('headings', () => {
  it('reads the level, the <a name> anchor and the text, closing hashes and setext headings included', () => {
    expect(convertMarkdown('## <a name="nic-teaming"></a>Association de cartes réseau').mdx).toBe(
      '<h2 id="nic-teaming">Association de cartes réseau</h2>\n',
    );
    expect(convertMarkdown('### Sans ancre ###\n\nSoulignée\n---------\n\n#hashtag').mdx).toBe(
      '<h3 id="sans-ancre">Sans ancre</h3>\n\n<h2 id="soulignee">Soulignée</h2>\n\n\\#hashtag\n',
    );
  });

  it('reads the id from the source even where GFM links a bare URL', () => {
    expect(convertMarkdown('## Accès à https://x.example/a').mdx).toBe(
      '<h2 id="acces-a-httpsxexamplea">Accès à [https://x.example/a](https://x.example/a)</h2>\n',
    );
  });

  it('gives a heading without anchor the id Learn gives it', () => {
    expect(learnHeadingId('Suspected overpass-the-hash attack (encryption downgrade) (external ID 2008)')).toBe(
      'suspected-overpass-the-hash-attack-encryption-downgrade-external-id-2008',
    );
    expect(learnHeadingId('Defender for Identity Advanced Audit Policy check')).toBe(
      'defender-for-identity-advanced-audit-policy-check',
    );
    expect(learnHeadingId('Étape 2 : **vérifier** [le capteur](x.md)')).toBe('etape-2--verifier-le-capteur');
  });

  it('makes an id valid for the portal', () => {
    expect(portalId('Bkmk_Hydrate')).toBe('bkmk_hydrate');
    expect(portalId('-a b.c')).toBe('a-b-c');
    expect(portalId('valid-id_1')).toBe('valid-id_1');
  });

  it('numbers repeated ids as Learn does', () => {
    const taken = new Set<string>();
    expect(['ports', 'ports', 'ports'].map((id) => uniqueId(id, taken))).toEqual(['ports', 'ports-1', 'ports-2']);
  });
});
