/**
 * Retention: rows older than `PORTAIL_RETENTION_JOURS` days (default 90) are deleted by the server itself,
 * at start and then every hour (lib/feedback/server.ts).
 */
export const DEFAULT_RETENTION_DAYS = 90;
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** The retention in days from the environment: a positive integer, else the default. */
export function retentionDays(env: Record<string, string | undefined>): number {
  const days = Number(env.PORTAIL_RETENTION_JOURS);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}

/** Rows created before this instant are past retention. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
