/**
 * The feedback store: every write is keyed by the browser's idempotency key (a retry lands on the same row,
 * so nothing is counted twice), and returns once the statement carrying it has committed; the lead's view reads aggregates.
 * The same SQL runs on PGlite and on a PostgreSQL server (db.ts).
 */
import type { Db } from './db';
import { GroupCommit } from './group-commit';
import { redact } from './redact';
import type { ReportInput, SearchInput, VoteInput } from './schemas';

/** Time zone of the helpdesk: weeks start on Monday there. */
export const TEAM_TIME_ZONE = 'Europe/Paris';

/**
 * A search with no sure answer: nothing found, a best result only « Possible », or (before search shows
 * tiers for text matches) no tier and nothing opened.
 */
const GAP_CONDITION = `(result_count = 0 OR top_tier = 'possible' OR (top_tier IS NULL AND opened_rank IS NULL))`;

export type WriteResult = { stored: boolean };

export type TargetRate = { target: string; oui: number; non: number; opened: number };
export type GapRow = { query: string; resultCount: number; openedRank: number | null; createdAt: Date };
export type ReportRow = {
  key: string;
  target: string;
  origin: string;
  kind: string;
  body: string;
  status: 'ouvert' | 'traite';
  createdAt: Date;
};
export type SearchRow = {
  key: string;
  query: string;
  context: string;
  resultCount: number;
  topTier: string | null;
  topScore: number | null;
  openedRank: number | null;
  openedTarget: string | null;
  createdAt: Date;
};
export type WeekRow = { week: string; searches: number; gaps: number; oui: number; non: number; reports: number };

/** `at` is for the seeding script only (a week of past data); the API always stores the server's time. */
type At = { at?: Date };

/**
 * The store on `db`. Writes go through one group-commit queue (group-commit.ts): each resolves once the
 * statement carrying it has committed. A server gets a few statements in flight (`lanes`), PGlite one.
 */
export function feedbackStore(db: Db, options: { lanes?: number; maxGroup?: number } = {}) {
  const now = (at?: Date) => (at ? at.toISOString() : null);
  const group = new GroupCommit(db, { lanes: db.kind === 'postgres' ? 4 : 1, ...options });
  return {
    db,
    /** Statements committed and the writes they carried. */
    groupStats: group.stats,

    /** A vote, its change or its undo (`value: null`): one row per key, the highest `seq` wins. */
    async recordVote(vote: VoteInput & At): Promise<WriteResult> {
      const signal = vote.signal ? redact(vote.signal) : null;
      const row = [vote.key, vote.target, vote.origin, vote.value, vote.seq, signal, now(vote.at)];
      return { stored: await group.submit({ table: 'votes', key: vote.key, row }) };
    },

    /** An error report, its text redacted; a retry of the same key changes nothing. */
    async recordReport(report: ReportInput & At): Promise<WriteResult> {
      const row = [report.key, report.target, report.origin, report.kind, redact(report.text), now(report.at)];
      return { stored: await group.submit({ table: 'reports', key: report.key, row }) };
    },

    /**
     * A search, its query redacted. The same key comes again when the agent opens a result: the first
     * opened rank is kept, the rest of the row never changes.
     */
    async recordSearch(search: SearchInput & At): Promise<WriteResult> {
      const row = [
        search.key,
        redact(search.query),
        search.context,
        search.resultCount,
        search.topTier,
        search.topScore,
        search.openedRank,
        search.openedTarget,
        now(search.at),
      ];
      return { stored: await group.submit({ table: 'searches', key: search.key, row }) };
    },

    /** The lead handles a report (or reopens it). Returns whether the report exists. */
    async setReportStatus(key: string, status: 'ouvert' | 'traite'): Promise<boolean> {
      const rows = await db.query(
        `UPDATE feedback_reports SET status = $2, handled_at = CASE WHEN $2 = 'traite' THEN now() END
         WHERE key = $1 RETURNING key`,
        [key, status],
      );
      return rows.length > 0;
    },

    /** Deletes every row older than `cutoff` (retention); returns how many of each went. */
    async purge(cutoff: Date): Promise<{ votes: number; reports: number; searches: number }> {
      const count = async (table: string) =>
        (await db.query(`DELETE FROM ${table} WHERE created_at < $1 RETURNING 1`, [cutoff.toISOString()])).length;
      return {
        votes: await count('feedback_votes'),
        reports: await count('feedback_reports'),
        searches: await count('search_logs'),
      };
    },

    /** « Oui », « Non » and openings from search, per deep link, since `since`. */
    async resolutionRates(since: Date): Promise<TargetRate[]> {
      const rows = await db.query<{ target: string; oui: string; non: string; opened: string }>(
        `WITH votes AS (
           SELECT target, count(*) FILTER (WHERE value = 'oui') AS oui, count(*) FILTER (WHERE value = 'non') AS non
           FROM feedback_votes WHERE created_at >= $1 GROUP BY target),
         opened AS (
           SELECT opened_target AS target, count(*) AS opened
           FROM search_logs WHERE opened_target IS NOT NULL AND created_at >= $1 GROUP BY opened_target)
         SELECT coalesce(votes.target, opened.target) AS target, coalesce(oui, 0) AS oui, coalesce(non, 0) AS non,
                coalesce(opened, 0) AS opened
         FROM votes FULL JOIN opened ON votes.target = opened.target
         WHERE coalesce(oui, 0) + coalesce(non, 0) + coalesce(opened, 0) > 0
         ORDER BY coalesce(non, 0) DESC, coalesce(oui, 0) + coalesce(non, 0) + coalesce(opened, 0) DESC, 1`,
        [since.toISOString()],
      );
      return rows.map((row) => ({
        target: row.target,
        oui: Number(row.oui),
        non: Number(row.non),
        opened: Number(row.opened),
      }));
    },

    /** Searches with no sure answer since `since` (newest first, at most `limit`): grouped by gaps.ts. */
    async gapSearches(since: Date, limit = 5000): Promise<GapRow[]> {
      const rows = await db.query<{
        query: string;
        result_count: number;
        opened_rank: number | null;
        created_at: Date;
      }>(
        `SELECT query, result_count, opened_rank, created_at FROM search_logs
         WHERE created_at >= $1 AND ${GAP_CONDITION} ORDER BY created_at DESC LIMIT $2`,
        [since.toISOString(), limit],
      );
      return rows.map((row) => ({
        query: row.query,
        resultCount: row.result_count,
        openedRank: row.opened_rank,
        createdAt: new Date(row.created_at),
      }));
    },

    async reports(status: 'ouvert' | 'traite' | 'tous', limit = 500): Promise<ReportRow[]> {
      const rows = await db.query<Omit<ReportRow, 'createdAt'> & { created_at: Date }>(
        `SELECT key, target, origin, kind, body, status, created_at FROM feedback_reports
         WHERE $1 = 'tous' OR status = $1 ORDER BY created_at DESC LIMIT $2`,
        [status, limit],
      );
      return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: new Date(created_at) }));
    },

    async searches(since: Date, limit = 5000): Promise<SearchRow[]> {
      const rows = await db.query<{
        key: string;
        query: string;
        context: string;
        result_count: number;
        top_tier: string | null;
        top_score: number | null;
        opened_rank: number | null;
        opened_target: string | null;
        created_at: Date;
      }>(
        `SELECT key, query, context, result_count, top_tier, top_score, opened_rank, opened_target, created_at
         FROM search_logs WHERE created_at >= $1 ORDER BY created_at DESC LIMIT $2`,
        [since.toISOString(), limit],
      );
      return rows.map((row) => ({
        key: row.key,
        query: row.query,
        context: row.context,
        resultCount: row.result_count,
        topTier: row.top_tier,
        topScore: row.top_score === null ? null : Number(row.top_score),
        openedRank: row.opened_rank,
        openedTarget: row.opened_target,
        createdAt: new Date(row.created_at),
      }));
    },

    /** Per week (Monday, helpdesk time), the last `weeks` weeks up to `now`, empty weeks included. */
    async weeklyTrends(weeks: number, nowDate = new Date()): Promise<WeekRow[]> {
      const rows = await db.query<{
        week: string;
        searches: string;
        gaps: string;
        oui: string;
        non: string;
        reports: string;
      }>(
        `WITH bounds AS (
           SELECT date_trunc('week', $1::timestamptz AT TIME ZONE '${TEAM_TIME_ZONE}') AS last_week),
         weeks AS (
           SELECT generate_series(last_week - ($2::int - 1) * interval '1 week', last_week, interval '1 week') AS week
           FROM bounds),
         s AS (
           SELECT date_trunc('week', created_at AT TIME ZONE '${TEAM_TIME_ZONE}') AS week, count(*) AS searches,
                  count(*) FILTER (WHERE ${GAP_CONDITION}) AS gaps
           FROM search_logs GROUP BY 1),
         v AS (
           SELECT date_trunc('week', created_at AT TIME ZONE '${TEAM_TIME_ZONE}') AS week,
                  count(*) FILTER (WHERE value = 'oui') AS oui, count(*) FILTER (WHERE value = 'non') AS non
           FROM feedback_votes GROUP BY 1),
         r AS (
           SELECT date_trunc('week', created_at AT TIME ZONE '${TEAM_TIME_ZONE}') AS week, count(*) AS reports
           FROM feedback_reports GROUP BY 1)
         SELECT to_char(weeks.week, 'YYYY-MM-DD') AS week, coalesce(s.searches, 0) AS searches,
                coalesce(s.gaps, 0) AS gaps, coalesce(v.oui, 0) AS oui, coalesce(v.non, 0) AS non,
                coalesce(r.reports, 0) AS reports
         FROM weeks LEFT JOIN s USING (week) LEFT JOIN v USING (week) LEFT JOIN r USING (week)
         ORDER BY weeks.week`,
        [nowDate.toISOString(), weeks],
      );
      return rows.map((row) => ({
        week: row.week,
        searches: Number(row.searches),
        gaps: Number(row.gaps),
        oui: Number(row.oui),
        non: Number(row.non),
        reports: Number(row.reports),
      }));
    },

    /** Rows per table and distinct keys (the bench counts by idempotency key). */
    async counts(): Promise<{ votes: number; reports: number; searches: number }> {
      const [row] = await db.query<{ votes: string; reports: string; searches: string }>(
        `SELECT (SELECT count(*) FROM feedback_votes) AS votes, (SELECT count(*) FROM feedback_reports) AS reports,
                (SELECT count(*) FROM search_logs) AS searches`,
      );
      return {
        votes: Number(row?.votes ?? 0),
        reports: Number(row?.reports ?? 0),
        searches: Number(row?.searches ?? 0),
      };
    },
  };
}

export type FeedbackStore = ReturnType<typeof feedbackStore>;
