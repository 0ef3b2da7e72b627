/**
 * `npm run seed:feedback`: a week of plausible feedback in the store (the screenshots of /equipe, a demo):
 * searches as agents type them (pasted log lines with machines, addresses and users, which the store redacts),
 * some with no sure answer, « Oui » / « Non » on real units, reports. Reproducible (seeded). Writes where the
 * server would: DATABASE_URL, else PGlite in PORTAIL_DATA_DIR (default .data/pglite), with no server running on
 * that folder. Options: --days N (default 7), --per-day N (searches a day, default 60).
 */
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { migrate, openPglite, openPostgres } from '../lib/feedback/db';
import { feedbackStore } from '../lib/feedback/store';
import { seededRandom } from '../test-support/random';
import { buildSearchDocuments } from '../lib/search/documents';

const { values } = parseArgs({
  options: { days: { type: 'string', default: '7' }, 'per-day': { type: 'string', default: '60' } },
});
const days = Number(values.days);
const perDay = Number(values['per-day']);
const random = seededRandom(18);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** What agents search for, with the customer data their pastes carry (redacted on the way in). */
const FOUND = [
  '0x87D1FDE8',
  'erreur 0x87D1FDE8 intune',
  'événement 15 SENSE',
  'statut d’inscription 29',
  'proxy capteur ATP',
  'capteur ne démarre pas 1058',
  'onboarding script événement 30',
  '-2016281112',
];
const GAPS = [
  'licence E5 expirée défendeur',
  'MDE macOS extension système refusée',
  'capteur ATP mise à jour bloquée 2.190',
  'Defender for Identity gMSA mot de passe',
  'isolation appareil impossible portail',
  'erreur 0x80070005 accès refusé onboarding',
  'WindowsDefenderATPOnboardingScript.cmd bloqué par AppLocker',
  'sensor npcap version 1.55',
];
const NOISE = [
  (q: string) => `${q} sur ${pick(['DESKTOP-7K3J9QX', 'PC-COMPTA-12', 'srv-app01.contoso.local', 'LAPTOP-MX42QZ7'])}`,
  (q: string) =>
    `${q} depuis 10.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}`,
  (q: string) => `${q} C:\\Users\\${pick(['jdupont', 'mcurie', 'admin.local'])}\\AppData`,
  (q: string) => `${q} ticket INC00${Math.floor(1e5 + random() * 9e5)}`,
  (q: string) => q,
  (q: string) => q,
];
const REPORTS: [string, string][] = [
  [
    'traduction',
    '« Paramètres de proxy » est traduit « Paramètres du mandataire » à l’étape 2, l’interface dit « proxy ».',
  ],
  ['etape', 'L’étape 4 renvoie vers l’ancien portail securitycenter.windows.com : le lien a changé.'],
  [
    'cas-manquant',
    'Rien sur l’erreur 0x80070005 pendant le script d’intégration (droits insuffisants sur C:\\ProgramData).',
  ],
  ['autre', 'La commande sc query sense manque d’un exemple de sortie quand le service est arrêté.'],
];

async function main() {
  const url = process.env.DATABASE_URL;
  const db = url
    ? await openPostgres(url)
    : await openPglite(path.resolve(process.env.PORTAIL_DATA_DIR ?? path.join('.data', 'pglite')));
  await migrate(db);
  const store = feedbackStore(db);
  const docs = buildSearchDocuments();
  const targets = docs.filter((doc) => doc.kind !== 'step').map((doc) => doc.href);
  const favourites = targets.slice(0, 12);
  const now = Date.now();
  const counts = { searches: 0, votes: 0, reports: 0 };
  for (let day = days - 1; day >= 0; day--) {
    for (let i = 0; i < perDay; i++) {
      const at = new Date(now - day * 86_400_000 - Math.floor(random() * 9 * 3_600_000));
      const gap = random() < 0.3;
      const query = pick(NOISE)(pick(gap ? GAPS : FOUND));
      const opened = !gap && random() < 0.7 ? pick(favourites) : null;
      await store.recordSearch({
        key: randomUUID(),
        query,
        context: random() < 0.6 ? 'entete' : 'recherche',
        resultCount: gap ? (random() < 0.5 ? 0 : 3) : 5,
        topTier: gap ? null : random() < 0.5 ? 'exacte' : null,
        topScore: gap ? null : Math.round(random() * 5000) / 100,
        openedRank: opened ? 1 + Math.floor(random() * 3) : null,
        openedTarget: opened,
        at,
      });
      counts.searches++;
      if (opened && random() < 0.5) {
        await store.recordVote({
          key: randomUUID(),
          target: opened,
          origin: opened.startsWith('/codes/') ? 'code' : 'article',
          value: random() < 0.72 ? 'oui' : 'non',
          seq: 1,
          at,
        });
        counts.votes++;
      }
    }
    if (random() < 0.8) {
      const [kind, text] = pick(REPORTS);
      await store.recordReport({
        key: randomUUID(),
        target: pick(favourites),
        origin: 'article',
        kind: kind as 'autre',
        text,
        at: new Date(now - day * 86_400_000),
      });
      counts.reports++;
    }
  }
  await db.close();
  console.log(
    `Données de démonstration : ${counts.searches} recherches, ${counts.votes} réponses, ${counts.reports} signalements sur ${days} jours (${db.kind}).`,
  );
}

await main();
