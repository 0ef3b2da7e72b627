/**
 * The one set of SQL migrations, applied at start by both stores (PGlite and a PostgreSQL server), in order,
 * each once: `portail_migrations` remembers which ran. A migration is never edited once shipped: add one.
 */
export type Migration = { id: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    id: '001-feedback',
    sql: `
CREATE TABLE feedback_votes (
  key uuid PRIMARY KEY,
  target text NOT NULL,
  origin text NOT NULL,
  value text CHECK (value IN ('oui', 'non')),
  seq integer NOT NULL,
  signal text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_votes_created_at ON feedback_votes (created_at);
CREATE INDEX feedback_votes_target ON feedback_votes (target);

CREATE TABLE feedback_reports (
  key uuid PRIMARY KEY,
  target text NOT NULL,
  origin text NOT NULL,
  kind text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'ouvert' CHECK (status IN ('ouvert', 'traite')),
  created_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz
);
CREATE INDEX feedback_reports_created_at ON feedback_reports (created_at);
CREATE INDEX feedback_reports_status ON feedback_reports (status, created_at);

CREATE TABLE search_logs (
  key uuid PRIMARY KEY,
  query text NOT NULL,
  context text NOT NULL,
  result_count integer NOT NULL,
  top_tier text,
  top_score double precision,
  opened_rank integer,
  opened_target text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_logs_created_at ON search_logs (created_at);
CREATE INDEX search_logs_opened_target ON search_logs (opened_target) WHERE opened_target IS NOT NULL;
`,
  },
];

/** Any 64-bit number shared by every replica: the advisory lock that serializes their migrations. */
export const MIGRATION_LOCK = 7_318_001;
