import { describe, expect, it } from 'vitest';
import { buildInvertedIndex, identifierParts } from './inverted-index';
import type { SearchDoc } from './types';

const doc = (href: string, text: string, english = '', title = 'Titre'): SearchDoc => ({
  href,
  kind: 'section',
  title,
  breadcrumb: [],
  text,
  english,
  keywords: '',
  codes: [],
});

const scoreOf = (docs: SearchDoc[], term: string, href: string) => {
  const index = buildInvertedIndex(docs);
  const posting = index.postings.get(term)?.find((p) => docs[p.doc]?.href === href);
  return posting ? index.bm25(posting, term) : 0;
};

describe('BM25F inverted index', () => {
  it('counts a term found in the French text and in its English original once, not twice', () => {
    const docs = [
      doc('/fr-en', 'Installer le pilote npcap.', 'Install the npcap driver.'),
      doc('/fr', 'Installer le pilote npcap.'),
      doc('/autre', 'Rien à voir ici.'),
    ];
    expect(scoreOf(docs, 'npcap', '/fr-en')).toBeCloseTo(scoreOf(docs, 'npcap', '/fr'), 5);
  });

  it('normalises each field by its own length: a long English original does not add to a short text’s score', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' ');
    const short = doc('/court', 'Le proxy bloque.', `The proxy blocks. ${filler}`);
    const long = doc('/long', `Le proxy bloque. ${filler}`);
    const docs = [short, long, doc('/x', 'Autre texte.', 'Other text.')];
    expect(scoreOf(docs, 'proxy', '/court')).toBeGreaterThan(scoreOf(docs, 'proxy', '/long'));
  });

  it('still weighs a title above the text', () => {
    const docs = [doc('/titre', 'Autre chose.', '', 'Npcap'), doc('/texte', 'Installer npcap.'), doc('/x', 'Rien.')];
    expect(scoreOf(docs, 'npcap', '/titre')).toBeGreaterThan(scoreOf(docs, 'npcap', '/texte'));
  });
});

describe('identifierParts', () => {
  it('splits camel-case identifiers into their words, as written', () => {
    expect(identifierParts('Run Get-MpComputerStatus then check AMServiceEnabled')).toEqual([
      'computer',
      'status',
      'service',
      'enabled',
    ]);
    expect(identifierParts('GroupManagedServiceAccountImpersonationHelper failed')).toEqual([
      'group',
      'managed',
      'service',
      'account',
      'impersonation',
      'helper',
    ]);
  });

  it('leaves plain words, upper-case acronyms and lower-case identifiers alone', () => {
    expect(identifierParts('Le service SENSE ne démarre pas : winpcap_mode=yes, MSSENSE.EXE')).toEqual([]);
  });

  it('leaves template variables the page did not expand alone: they name a variable, not the thing', () => {
    expect(identifierParts('Le service $(build.sense.productDisplayName) n’a pas pu démarrer')).toEqual([]);
    expect(identifierParts('$(ProductName) failed, see DeviceHealthStatus')).toEqual(['device', 'health', 'status']);
  });
});
