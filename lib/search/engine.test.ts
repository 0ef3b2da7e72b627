import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from './documents';
import { createSearchIndex } from './engine';
import { loadThesaurus } from './thesaurus-file';
import type { SearchDoc } from './types';

const doc = (href: string, title: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  href,
  kind: 'section',
  title,
  breadcrumb: [],
  text,
  english: '',
  keywords: '',
  codes: [],
  ...extra,
});

const small = createSearchIndex([
  doc('/a', 'Échec du démarrage du service', 'Le service SENSE ne démarre pas. Vérifiez sc query sense.'),
  doc('/b', 'Proxy', 'Configurer le proxy WinINET pour LocalSystem.'),
  doc('/codes/intune#0x87d1fde8', '0x87D1FDE8', 'Échec de la correction', {
    kind: 'row',
    codes: [0x87d1fde8],
    codeKind: 'code32',
  }),
  doc('/codes/script#evt-35', 'Événement 35', 'Valeur de Registre introuvable', {
    kind: 'row',
    codes: [35],
    codeKind: 'event',
  }),
  doc('/codes/scp#code-35', 'Code 35', 'Autre chose', { kind: 'row', codes: [35], codeKind: 'status' }),
]);
const first = (query: string) => small.search(query)[0]?.href;

describe('search engine', () => {
  it('ignores accents, case and typographic apostrophes', () => {
    expect(first('ECHEC DU DEMARRAGE')).toBe('/a');
    expect(first('l’echec')).toBe('/a');
  });

  it('ranks exact code hits first, whatever the notation', () => {
    for (const query of ['0x87D1FDE8', '87d1fde8', '-2016281112', '2278686184', 'erreur 0X87D1FDE8 échec']) {
      expect(first(query)).toBe('/codes/intune#0x87d1fde8');
    }
  });

  it('links a code found inside a range to that code’s own id', () => {
    const ranged = createSearchIndex([
      doc('/codes/scp#code-5', 'Codes 5-9, 26-33', 'Erreur générale', {
        kind: 'row',
        codes: [5, 6, 7, 8, 9, 26, 27, 28, 29, 30, 31, 32, 33],
        codeKind: 'status',
        table: 'scp',
      }),
    ]);
    expect(ranged.search('inscription 29')[0]?.href).toBe('/codes/scp#code-29');
    expect(ranged.search('code 5')[0]?.href).toBe('/codes/scp#code-5');
    expect(ranged.search('erreur générale')[0]?.href).toBe('/codes/scp#code-5');
  });

  it('tells an event id from an enrollment status', () => {
    expect(first('événement 35')).toBe('/codes/script#evt-35');
    expect(first('inscription 35')).toBe('/codes/scp#code-35');
  });

  it('does not read a number of a query about the enrollment status as an event id', () => {
    // A status our tables do not list is no reason to land on the event of the same number.
    expect(small.search('le serveur remonte un EnrollmentStatus à 35 depuis la migration')[0]?.href).not.toBe(
      '/codes/script#evt-35',
    );
    expect(small.search('EnrollmentStatus registry value shows 35 decimal')[0]?.href).not.toBe('/codes/script#evt-35');
    // Named as an event, it still is one.
    expect(first('EnrollmentStatus ok mais événement 35 dans le journal')).toBe('/codes/script#evt-35');
  });

  it('scores a number read as an event, a status or a case by its kind only, not as a word of any row', () => {
    const rows = createSearchIndex([
      doc('/codes/script#evt-41', 'Événement 41', '41 Échec du démarrage du service', {
        kind: 'row',
        codes: [41],
        codeKind: 'event',
      }),
      doc('/inscription', 'Statut d’inscription', 'Le statut d’inscription du poste et sa remontée.'),
    ]);
    expect(rows.search('statut 41').map((result) => result.href)).toEqual(['/inscription']);
    expect(rows.search('événement 41')[0]?.href).toBe('/codes/script#evt-41');
  });

  it('meets a pasted camel-case identifier through its words', () => {
    const index = createSearchIndex([
      doc('/gmsa', 'Compte de service géré', 'Le capteur doit pouvoir récupérer le mot de passe du compte.', {
        english: 'The sensor must be allowed to retrieve the managed service account password.',
      }),
      doc('/proxy', 'Proxy', 'Configurer le proxy du capteur avec PowerShell.', { english: 'Configure the proxy.' }),
      doc('/autre', 'Autre', 'Rien à voir.', { english: 'Nothing here.' }),
    ]);
    expect(index.search('Set-ADServiceAccount -PrincipalsAllowedToRetrieveManagedPassword')[0]?.href).toBe('/gmsa');
  });

  it('tolerates typos and matches words as they are typed', () => {
    expect(first('demarage')).toBe('/a');
    expect(first('WinIN')).toBe('/b');
    expect(small.suggest('demarage servise')).toBe('demarrage service');
  });

  it('carries the matched terms and a marked snippet', () => {
    const [result] = small.search('sense');
    expect(result?.terms).toContain('sens'); // a stem: the whole word is marked from it
    expect(result?.snippet.some((segment) => segment.mark && segment.text === 'SENSE')).toBe(true);
  });

  it('answers hostile input without throwing', () => {
    for (const query of [
      '<script>alert(1)</script>',
      '.*+?^${}()|[]\\',
      'a'.repeat(5000),
      '😀\u202e\u200f',
      'x '.repeat(2500),
      '',
    ]) {
      expect(() => small.search(query)).not.toThrow();
    }
  });

  it('brings word families together (French stemming)', () => {
    expect(first('démarrer le service')).toBe('/a');
    expect(first('configuration proxy')).toBe('/b');
  });
});

describe('search data of the real corpus', () => {
  const docs = buildSearchDocuments();
  it('covers every article section and every code-table row', () => {
    expect(docs.filter((d) => d.kind === 'row')).toHaveLength(7 + 17 + 2 + 3 + 1 + 10);
    expect(docs.filter((d) => d.kind === 'section').length).toBeGreaterThanOrEqual(48);
    expect(new Set(docs.map((d) => d.href)).size).toBe(docs.length);
  });

  it('downloads in under 100 KB gzip', () => {
    const bytes = gzipSync(JSON.stringify(docs)).length;
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('answers a pasted 5,000-character log (its speed is measured by npm run bench:search)', () => {
    const index = createSearchIndex(docs);
    const log = 'System.Net.Http.HttpRequestException: An error occurred while sending the request. '.repeat(60);
    expect(index.search(log).length).toBeGreaterThan(0);
  });
});

describe('English log text against French articles', () => {
  const bilingual = createSearchIndex(
    [
      doc('/codes/script#evt-15', 'Événement 15', 'Échec du démarrage du service SENSE', {
        kind: 'row',
        codes: [15],
        codeKind: 'event',
      }),
      doc('/codes/sense#evt-69', 'Événement 69', 'Le service est arrêté. Nom du service : %1', {
        kind: 'row',
        codes: [69],
        codeKind: 'event',
      }),
      doc('/autre', 'Autre', 'Un texte sur le proxy et le réseau.'),
    ],
    { thesaurus: loadThesaurus() },
  );
  it('reads English event messages through their French words', () => {
    expect(bilingual.search('Failed to start SENSE service')[0]?.href).toBe('/codes/script#evt-15');
    expect(bilingual.search('The service is stopped. Service name: %1')[0]?.href).toBe('/codes/sense#evt-69');
  });
});

describe('the helpdesk thesaurus of content/search', () => {
  it('reads an unattended install in the words of the articles (« sans assistance »)', () => {
    const index = createSearchIndex(
      [
        doc('/installer', 'Erreur', 'Lors de l’installation avec l’assistant graphique, la commande échoue.'),
        doc('/sans-assistance', 'Erreur', 'Lors de l’installation sans assistance, la commande échoue.'),
        doc('/autre', 'Autre', 'Un texte sur le proxy et le réseau.'),
      ],
      { thesaurus: loadThesaurus() },
    );
    expect(index.search('installation silencieuse')[0]?.href).toBe('/sans-assistance');
    expect(index.search('unattended install')[0]?.href).toBe('/sans-assistance');
  });
});

describe('product names', () => {
  it('weigh a query by its product, not as words that every page of that product holds in its title', () => {
    const index = createSearchIndex([
      doc('/nic', 'Association de cartes du capteur Azure ATP', 'Installez Npcap.', { product: 'azure-atp' }),
      doc('/pare-feu', 'Pare-feu', 'Le pare-feu bloque le trafic sortant.'),
      doc('/autre', 'Autre', 'Un texte sur le réseau.'),
    ]);
    expect(index.search('Azure ATP : le trafic est bloqué')[0]?.href).toBe('/pare-feu');
    // Alone, the product's name still finds its pages.
    expect(index.search('Azure ATP')[0]?.href).toBe('/nic');
  });

  it('count as covered where a page names the products the query names: both, for a question about how they meet', () => {
    const index = createSearchIndex([
      doc('/mde', 'Script de l’appareil', 'Exécutez le script d’intégration sur l’appareil.', {
        product: 'defender-endpoint',
      }),
      doc('/mdi', 'Installation du capteur', 'Installez le capteur sur le contrôleur de domaine.', {
        product: 'azure-atp',
      }),
      doc('/proxy', 'Proxy', 'Configurer le proxy WinINET.'),
      doc('/pare-feu', 'Pare-feu', 'Le pare-feu bloque le trafic sortant.'),
      doc('/sense', 'Service SENSE', 'Le service ne démarre pas.'),
      doc('/disque', 'Disque plein', 'Libérez de l’espace disque.'),
      doc('/les-deux', 'Problème connu', 'Vous pouvez intégrer Azure ATP et Windows Defender ATP.', {
        product: 'azure-atp',
      }),
    ]);
    expect(index.search('l’intégration entre MDE et MDI ne fonctionne plus')[0]?.href).toBe('/les-deux');
  });
});

describe('the word being typed', () => {
  it('is the last word only while the query ends on it: a question mark or a full stop ends it', () => {
    const index = createSearchIndex([
      doc('/etat', 'Valeur de Registre', 'La valeur OnboardingStatus vaut 1.'),
      doc('/proxy', 'Proxy', 'Configurer le proxy WinINET.'),
      doc('/portail', 'Portail', 'Un appareil onboard apparaît dans le portail.'),
    ]);
    const hrefs = (query: string) => index.search(query).map((result) => result.href);
    expect(hrefs('le poste est-il onboard')).toContain('/etat');
    expect(hrefs('le poste est-il onboard ?')).not.toContain('/etat');
    expect(hrefs('le poste est onboard.')).not.toContain('/etat');
  });
});

describe('documents that rank for everything', () => {
  it('damps a broad section that holds many distinct terms below a short one that answers', () => {
    // A long procedure meets a few words of almost any query (« installez le capteur » in every step).
    const steps = Array.from(
      { length: 40 },
      (_, i) =>
        `Étape ${i} : vérifiez le mot${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))} de la console, puis installez le capteur sans erreur.`,
    );
    const index = createSearchIndex([
      doc('/large', 'Associer des cartes réseau', `Installez le capteur. ${steps.join(' ')} Une erreur peut survenir.`),
      doc('/cle', 'Clé d’accès refusée', 'Le capteur échoue à l’installation : clé d’accès refusée.'),
      doc('/proxy', 'Proxy', 'Configurer le proxy WinINET.'),
      doc('/pare-feu', 'Pare-feu', 'Le pare-feu bloque le trafic sortant.'),
      doc('/sense', 'Service SENSE', 'Le service ne démarre pas.'),
      doc('/disque', 'Disque plein', 'Libérez de l’espace disque.'),
    ]);
    expect(index.search('installation du capteur : accès refusé, erreur dans la console')[0]?.href).toBe('/cle');
  });
});

describe('helpdesk vocabulary and product context', () => {
  const thesaurus = {
    french: [
      { terms: ['ordi', 'poste'], means: ['appareil'] },
      { terms: ['coupe-feu'], means: ['pare-feu'] },
    ],
    english: [],
  };
  const index = createSearchIndex(
    [
      doc('/appareil', 'Appareil non intégré', 'L’appareil n’est pas intégré au service.', {
        product: 'defender-endpoint',
      }),
      doc('/capteur', 'Capteur non intégré', 'Le capteur n’est pas intégré au service.', { product: 'azure-atp' }),
      doc('/parefeu', 'Pare-feu', 'Autorisez le trafic dans le pare-feu.'),
    ],
    { thesaurus },
  );
  const hrefs = (query: string) => index.search(query).map((result) => result.href);

  it('reads ticket words through the thesaurus, and word families through stemming', () => {
    expect(hrefs('ordi pas integre')[0]).toBe('/appareil');
    expect(hrefs('le coupe-feu bloque')[0]).toBe('/parefeu');
    expect(hrefs('intégrer')).toContain('/capteur');
  });

  it('weighs a synonym less than the word itself', () => {
    const byWord = index.search('appareil')[0]?.score ?? 0;
    const bySynonym = index.search('ordi')[0]?.score ?? 0;
    expect(bySynonym).toBeGreaterThan(0);
    expect(bySynonym).toBeLessThan(byWord);
  });

  it('favours the pages of the product the query names', () => {
    expect(hrefs('service non intégré MDE')[0]).toBe('/appareil');
    expect(hrefs('service non intégré capteur Azure ATP')[0]).toBe('/capteur');
  });
});

describe('event ids and their log', () => {
  const index = createSearchIndex([
    doc('/codes/script#evt-15', 'Événement 15', 'Échec du démarrage', {
      kind: 'row',
      codes: [15],
      codeKind: 'event',
      eventLog: 'script',
    }),
    doc('/codes/sense#evt-15', 'Événement 15', 'Impossible de démarrer', {
      kind: 'row',
      codes: [15],
      codeKind: 'event',
      eventLog: 'sense',
    }),
  ]);
  it('puts the row of the log named by the export first', () => {
    expect(index.search('Source: Microsoft-Windows-SENSE Event ID: 15')[0]?.href).toBe('/codes/sense#evt-15');
    expect(index.search('<Provider Name="WDATPOnboarding"/><EventID>15</EventID>')[0]?.href).toBe(
      '/codes/script#evt-15',
    );
  });
  it('does not read another service’s event id as ours', () => {
    const [first] = index.search('Source: Service Control Manager Event ID: 15');
    expect(first === undefined || first.score < 30).toBe(true);
  });
});

describe('code hits in long pastes', () => {
  it('keeps the code’s row first whatever text surrounds it', () => {
    const filler = 'Le service démarre puis le proxy répond et le capteur échoue avec une erreur de connexion. '.repeat(
      40,
    );
    const index = createSearchIndex([
      doc('/codes/intune#0x87d101a9', '0x87D101A9', 'Code', { kind: 'row', codes: [0x87d101a9], codeKind: 'code32' }),
      ...Array.from({ length: 80 }, (_, i) => doc(`/s${i}`, `Section ${i}`, filler)),
    ]);
    expect(index.search(`${filler} 0x87D101A9 ${filler}`)[0]?.href).toBe('/codes/intune#0x87d101a9');
  });
});
