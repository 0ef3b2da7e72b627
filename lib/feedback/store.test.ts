import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './db';
import { MIGRATIONS } from './migrations';
import { feedbackStore, type FeedbackStore } from './store';
import { TEST_DATABASES } from './test-databases';

const vote = (over: Partial<Parameters<FeedbackStore['recordVote']>[0]> = {}) => ({
  key: randomUUID(),
  target: '/articles/configure-proxy#verify-client-connectivity',
  origin: 'article' as const,
  value: 'oui' as const,
  seq: 1,
  ...over,
});
const search = (over: Partial<Parameters<FeedbackStore['recordSearch']>[0]> = {}) => ({
  key: randomUUID(),
  query: 'erreur 0x87D1FDE8',
  context: 'recherche' as const,
  resultCount: 3,
  topTier: 'exacte' as const,
  topScore: 12.5,
  openedRank: null,
  openedTarget: null,
  ...over,
});

for (const database of TEST_DATABASES) {
  describe(`feedback store on ${database.name}`, () => {
    let db: Awaited<ReturnType<typeof database.open>>;
    let store: FeedbackStore;
    beforeAll(async () => {
      db = await database.open();
      store = feedbackStore(db);
    }, 60_000);
    afterAll(async () => db?.dispose());

    it('applies each migration once', async () => {
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ id: string }>('SELECT id FROM portail_migrations ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(MIGRATIONS.map((migration) => migration.id));
    });

    it('a retried vote is one row; an undo wins over a late retry of the vote', async () => {
      const first = vote();
      expect(await store.recordVote(first)).toEqual({ stored: true });
      expect(await store.recordVote(first)).toEqual({ stored: false });
      await store.recordVote({ ...first, value: null, seq: 2 });
      await store.recordVote(first);
      const rows = await db.query<{ value: string | null }>('SELECT value FROM feedback_votes WHERE key = $1', [
        first.key,
      ]);
      expect(rows).toEqual([{ value: null }]);
    });

    it('a retried report is one row, its text redacted and kept as text', async () => {
      const key = randomUUID();
      const text = '<script>alert(1)</script> voir jean.dupont@contoso.fr sur 10.1.2.3';
      const report = { key, target: '/codes/sense#evt-15', origin: 'code' as const, kind: 'autre' as const, text };
      await store.recordReport(report);
      await store.recordReport(report);
      const rows = await store.reports('tous');
      const mine = rows.filter((row) => row.key === key);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.body).toBe('<script>alert(1)</script> voir [e-mail] sur [IP]');
      expect(await store.setReportStatus(key, 'traite')).toBe(true);
      expect((await store.reports('ouvert')).some((row) => row.key === key)).toBe(false);
      expect(await store.setReportStatus(randomUUID(), 'traite')).toBe(false);
    });

    it('a search is stored redacted, and its first opened result is kept', async () => {
      const logged = search({ query: 'échec DESKTOP-7K3J9QX 192.168.4.20 jean@contoso.fr 0x80072EFE' });
      await store.recordSearch(logged);
      await store.recordSearch({ ...logged, openedRank: 2, openedTarget: '/codes/intune#0x87d1fde8' });
      await store.recordSearch({ ...logged, openedRank: 1, openedTarget: '/articles/configure-proxy' });
      await store.recordSearch(logged);
      const [row] = (await store.searches(new Date(0))).filter((r) => r.key === logged.key);
      expect(row).toMatchObject({
        query: 'échec [hôte] [IP] [e-mail] 0x80072EFE',
        openedRank: 2,
        openedTarget: '/codes/intune#0x87d1fde8',
      });
    });

    it('rates per target count « Oui », « Non » and openings from search', async () => {
      const target = `/codes/sense#evt-${Math.floor(Math.random() * 1e6)}`;
      await store.recordVote(vote({ target, value: 'oui' }));
      await store.recordVote(vote({ target, value: 'non' }));
      await store.recordVote(vote({ target, value: 'non' }));
      const undone = vote({ target, value: 'oui' });
      await store.recordVote(undone);
      await store.recordVote({ ...undone, value: null, seq: 2 });
      await store.recordSearch(search({ openedRank: 1, openedTarget: target }));
      const rate = (await store.resolutionRates(new Date(0))).find((row) => row.target === target);
      expect(rate).toEqual({ target, oui: 1, non: 2, opened: 1 });
    });

    it('gaps are searches with nothing found, only « Possible », or no tier and nothing opened', async () => {
      const marker = `lacune${Math.floor(Math.random() * 1e6)}`;
      await store.recordSearch(search({ query: `${marker} a`, resultCount: 0, topTier: null, topScore: null }));
      await store.recordSearch(search({ query: `${marker} b`, topTier: 'possible' }));
      await store.recordSearch(search({ query: `${marker} c`, topTier: null }));
      await store.recordSearch(search({ query: `${marker} d`, topTier: null, openedRank: 1, openedTarget: '/' }));
      await store.recordSearch(search({ query: `${marker} e`, topTier: 'exacte' }));
      await store.recordSearch(search({ query: `${marker} f`, topTier: 'probable' }));
      const gaps = (await store.gapSearches(new Date(0))).filter((row) => row.query.startsWith(marker));
      expect(gaps.map((row) => row.query).sort()).toEqual([`${marker} a`, `${marker} b`, `${marker} c`]);
    });

    it('weekly trends count each week, empty weeks included, and retention deletes old rows', async () => {
      const now = new Date('2026-11-25T12:00:00Z');
      const weeksAgo = (n: number) => new Date(now.getTime() - n * 7 * 86_400_000);
      await store.recordVote(vote({ at: weeksAgo(1) }));
      await store.recordSearch(search({ at: weeksAgo(1), resultCount: 0, topTier: null }));
      await store.recordReport({
        key: randomUUID(),
        target: '/',
        origin: 'article',
        kind: 'etape',
        text: 'ancienne',
        at: weeksAgo(20),
      });
      const trends = await store.weeklyTrends(4, now);
      expect(trends.map((row) => row.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
      expect(trends[2]).toMatchObject({ oui: 1, gaps: 1, searches: 1 });
      expect(trends[1]).toMatchObject({ oui: 0, searches: 0, reports: 0 });
      const purged = await store.purge(weeksAgo(10));
      expect(purged.reports).toBeGreaterThanOrEqual(1);
      expect((await store.reports('tous')).some((row) => row.body === 'ancienne')).toBe(false);
    });
  });
}
