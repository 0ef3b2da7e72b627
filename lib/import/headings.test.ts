import { describe, expect, it } from 'vitest';
import { learnHeadingId, parseHeading, uniqueId } from './headings';

describe('headings', () => {
  it('reads the level, the text and the <a name> anchor', () => {
    expect(parseHeading('## <a name="nic-teaming"></a>Association de cartes réseau')).toEqual({
      level: 2,
      text: 'Association de cartes réseau',
      anchor: 'nic-teaming',
    });
    expect(parseHeading('### Sans ancre ###')).toEqual({ level: 3, text: 'Sans ancre' });
    expect(parseHeading('#hashtag')).toBeUndefined();
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

  it('numbers repeated ids as Learn does', () => {
    const taken = new Set<string>();
    expect(['ports', 'ports', 'ports'].map((id) => uniqueId(id, taken))).toEqual(['ports', 'ports-1', 'ports-2']);
  });
});
