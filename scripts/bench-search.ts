/**
 * Search benchmark (npm run bench:search): synthetic French troubleshooting corpora of 1,000, 10,000 and
 * 50,000 sections of 50–400 words, made from the real articles' sentences recombined, with invented
 * service names, KB numbers and 32-bit codes so that the vocabulary grows with the corpus. Prints, per
 * size: index build time, search data size (JSON, gzip), and query latency p50/p95 per kind of query.
 * Numbers only; nothing is asserted (the machine is shared and noisy).
 */
import { gzipSync } from 'node:zlib';
import { buildSearchData } from '../lib/search/documents';
import { createSearchIndex } from '../lib/search/engine';
import type { SearchDoc } from '../lib/search/types';
import { seededRandom } from '../test-support/random';

const { documents: real, thesaurus } = buildSearchData();
const sentences = real
  .flatMap((doc) => doc.text.split(/(?<=[.:!?])\s+|\n/))
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.split(' ').length >= 4);
const syllables = [
  'sen',
  'tra',
  'mon',
  'lo',
  'gex',
  'dri',
  'vel',
  'pac',
  'nor',
  'wis',
  'qua',
  'fen',
  'zul',
  'bri',
  'cor',
];

function corpus(size: number, seed: number): SearchDoc[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const invented = () => `${pick(syllables)}${pick(syllables)}${pick(syllables)}${Math.floor(random() * 100)}`;
  return Array.from({ length: size }, (_, i) => {
    const target = 50 + Math.floor(random() * 350);
    const words: string[] = [];
    while (words.length < target) {
      words.push(...pick(sentences).split(' '));
      if (random() < 0.3)
        words.push(`le service ${invented()} échoue avec KB${4000000 + Math.floor(random() * 999999)}`);
      if (random() < 0.1)
        words.push(`code 0x${(0x80000000 + Math.floor(random() * 0x7fffffff)).toString(16).toUpperCase()}`);
    }
    const title = pick(sentences).split(' ').slice(0, 8).join(' ');
    const codes = random() < 0.2 ? [Math.floor(random() * 70)] : [];
    return {
      href: `/synthetique/${i}`,
      kind: 'section',
      title,
      breadcrumb: ['Article synthétique'],
      text: words.slice(0, target).join(' '),
      english: '',
      keywords: '',
      codes,
      ...(codes.length ? { codeKind: 'event' as const } : {}),
    };
  });
}

const QUERIES: Record<string, string[]> = {
  'mot court': ['proxy', 'sense', 'licence', 'capteur', 'registre', 'gMSA', 'LDAP', 'OOBE'],
  'mot sans accents': ['integration', 'desintegrage', 'demarrage', 'deploiement', 'evenement', 'securite'],
  phrase: [
    'échec du démarrage du service',
    'canal de commande URL',
    'erreur de certificat inscription',
    'attendez la fin de l’opération',
  ],
  'erreur collée (200 car.)': [
    'System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.Net.WebException: Impossible de se connecter au serveur distant ---> System.Net.Sockets.SocketException: Échec',
    '[1C60:1AA8][2018-03-24T23:59:13]i000: 2018-03-25 02:59:13.1237 Info InteractiveDeploymentManager ValidateCreateSensorAsync a retourné [validateCreateSensorResult=LicenseInvalid]] exit code 0x642 erreur',
  ],
  'code hexadécimal': ['0x87D1FDE8', '87d101a9', '0x80070005'],
  'décimal signé': ['-2016281112', '-2016345687'],
  'faute de frappe': ['demarage', 'certficat', 'hyprthreding'],
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

console.log(
  `Corpus réel : ${real.length} documents, ${(gzipSync(JSON.stringify({ documents: real, thesaurus })).length / 1024).toFixed(1)} Ko gzip (avec le thésaurus)`,
);
for (const size of sizes) {
  const docs = corpus(size, size);
  const json = JSON.stringify(docs);
  const started = performance.now();
  const index = createSearchIndex(docs, { thesaurus });
  const buildMs = performance.now() - started;
  // Warm up the lazily built parts (fuzzy vocabulary) outside the measurements.
  index.search('demarage');
  const all: number[] = [];
  const lines: string[] = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        // As typed: every prefix of short queries, the whole text for pasted ones.
        const steps =
          query.length > 40 ? [query] : Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
        for (const step of steps) {
          const t = performance.now();
          index.search(step);
          times.push(performance.now() - t);
        }
      }
    }
    all.push(...times);
    lines.push(
      `  ${kind.padEnd(26)} p50 ${fmt(percentile(times, 50)).padStart(9)}  p95 ${fmt(percentile(times, 95)).padStart(9)}  (${times.length} requêtes)`,
    );
  }
  console.log(
    `\n${size} sections — index construit en ${fmt(buildMs)}, données ${(json.length / 1048576).toFixed(1)} Mo (${(gzipSync(json).length / 1048576).toFixed(1)} Mo gzip)`,
  );
  console.log(lines.join('\n'));
  console.log(
    `  ${'toutes requêtes'.padEnd(26)} p50 ${fmt(percentile(all, 50)).padStart(9)}  p95 ${fmt(percentile(all, 95)).padStart(9)}`,
  );
}
