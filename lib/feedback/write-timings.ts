/**
 * Where a write's time goes, for `npm run bench:feedback` only: with `PORTAIL_MESURES_ECRITURE=1` the API
 * notes the wall time of each phase of a write (origin and rate limit, reading the body, JSON and zod, the
 * wait for the committed statement) and, every 5 s, prints one line on stderr with those means, the
 * process's CPU per write, how busy its event loop was and how many writes each statement carried. Off by
 * default: then nothing is timed and nothing is printed.
 */
import { performance } from 'node:perf_hooks';

export const PHASES = ['checks', 'body', 'parse', 'commit'] as const;
export type Phase = (typeof PHASES)[number];

/** The group commit's running totals (GroupCommit.stats). */
export type GroupTotals = { statements: number; writes: number; ms: number };

/** Sums over one interval. */
type Window = { writes: number; phases: Record<Phase, number> };

const emptyWindow = (): Window => ({ writes: 0, phases: { checks: 0, body: 0, parse: 0, commit: 0 } });

/** The means of one interval as one line (pure: tested). */
export function timingLine(
  window: Window,
  seconds: number,
  cpuMs: number,
  loopUtilization: number,
  group: GroupTotals,
): string {
  const per = (ms: number) => (window.writes ? ms / window.writes : 0).toFixed(2);
  const phases = PHASES.map((phase) => `${phase} ${per(window.phases[phase])}`).join(', ');
  const perStatement = group.statements ? (group.writes / group.statements).toFixed(1) : '0';
  const statementMs = group.statements ? (group.ms / group.statements).toFixed(2) : '0';
  return (
    `[mesures] ${(window.writes / seconds).toFixed(0)} écritures/s ; ms par écriture : ${phases} ; ` +
    `CPU ${per(cpuMs)} ms par écriture ; boucle occupée ${(loopUtilization * 100).toFixed(0)} % ; ` +
    `${perStatement} écritures par instruction (${group.statements} instructions de ${statementMs} ms)`
  );
}

/** One write's clock: `lap(phase)` adds the time since the previous lap to that phase. */
export type WriteClock = { lap(phase: Phase): void; done(): void };

const NO_CLOCK: WriteClock = { lap() {}, done() {} };

type Recorder = { start(): WriteClock };

/** Starts the 5 s reports; `group` gives the group commit's running totals. */
function recorder(group: () => GroupTotals): Recorder {
  let window = emptyWindow();
  let cpu = process.cpuUsage();
  let loop = performance.eventLoopUtilization();
  let last: GroupTotals = { statements: 0, writes: 0, ms: 0 };
  let since = performance.now();
  setInterval(() => {
    const now = performance.now();
    const cpuDelta = process.cpuUsage(cpu);
    const totals = group();
    const delta = {
      statements: totals.statements - last.statements,
      writes: totals.writes - last.writes,
      ms: totals.ms - last.ms,
    };
    const utilization = performance.eventLoopUtilization(loop).utilization;
    if (window.writes)
      console.error(
        timingLine(window, (now - since) / 1000, (cpuDelta.user + cpuDelta.system) / 1000, utilization, delta),
      );
    window = emptyWindow();
    cpu = process.cpuUsage();
    loop = performance.eventLoopUtilization();
    last = { ...totals };
    since = now;
  }, 5000).unref();
  return {
    start() {
      let previous = performance.now();
      return {
        lap(phase) {
          const now = performance.now();
          window.phases[phase] += now - previous;
          previous = now;
        },
        done() {
          window.writes++;
        },
      };
    },
  };
}

const HOLDER = Symbol.for('portail.feedback.timings');

/** A clock for one write: a real one under `PORTAIL_MESURES_ECRITURE=1`, else one that does nothing. */
export function writeClock(group: () => GroupTotals): WriteClock {
  if (process.env.PORTAIL_MESURES_ECRITURE !== '1') return NO_CLOCK;
  const slot = globalThis as Record<symbol, Recorder | undefined>;
  return (slot[HOLDER] ??= recorder(group)).start();
}
