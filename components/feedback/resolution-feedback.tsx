'use client';

/**
 * « Cette résolution a-t-elle réglé le ticket ? Oui / Non » (one click, « Annuler » to undo) and « Signaler une
 * erreur » for one unit (article section, code row, wizard outcome, /analyse finding). Every click goes to the
 * browser's queue first and is sent until the server acknowledges it; the line under the buttons says where
 * it stands, in words a screen reader announces. Not printed; placed below the unit's copy controls.
 */
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { WaitReason } from '@/lib/feedback/queue';
import {
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  REPORT_MAX_CHARS,
  type Origin,
  type ReportKind,
  type VoteValue,
} from '@/lib/feedback/schemas';
import { Button } from '@/components/ui/button';
import { inputClasses } from '@/components/ui/input';
import { cn } from '@/lib/utils';
import { isQueued, newWriteKey, onOutcome, startQueue, submit } from './feedback-client';

type FeedbackProps = {
  /** The unit's deep link (lib/routes.ts). */
  target: string;
  origin: Origin;
  /** For an /analyse finding: the signal it was found by (never the pasted text). */
  signal?: string;
  className?: string;
};

type Status =
  | { state: 'idle' }
  | { state: 'envoi' }
  | { state: 'enregistre' }
  | { state: 'en-attente'; reason: WaitReason }
  | { state: 'refuse'; message: string };

/**
 * This tab's vote per unit, kept in sessionStorage so that a reload shows it (a new tab is a new ticket: it
 * starts blank); read through useSyncExternalStore, so the server's render and hydration show no vote.
 */
const VOTES_KEY = 'portail-avis:';
type RememberedVote = { key: string; value: VoteValue | null; seq: number };
const inPage = new Map<string, string>();
const voteListeners = new Set<() => void>();

function subscribeVotes(listener: () => void) {
  voteListeners.add(listener);
  return () => voteListeners.delete(listener);
}

function voteSnapshot(target: string): string | null {
  try {
    return inPage.get(target) ?? sessionStorage.getItem(VOTES_KEY + target);
  } catch {
    return inPage.get(target) ?? null;
  }
}

function remember(target: string, vote: RememberedVote) {
  const raw = JSON.stringify(vote);
  inPage.set(target, raw);
  try {
    sessionStorage.setItem(VOTES_KEY + target, raw);
  } catch {
    // No session storage: the vote is still queued and sent; only a reload forgets what was chosen.
  }
  voteListeners.forEach((listener) => listener());
}

function parseVote(raw: string | null): RememberedVote | undefined {
  try {
    return raw ? (JSON.parse(raw) as RememberedVote) : undefined;
  } catch {
    return undefined;
  }
}

const WAITING: Readonly<Record<WaitReason, string>> = {
  'hors-ligne': 'Serveur injoignable : gardé dans ce navigateur, envoi dès que possible.',
  serveur: 'Le serveur ne répond pas : gardé dans ce navigateur, nouvel essai bientôt.',
  limite: 'Trop d’envois d’un coup : gardé dans ce navigateur, envoi dans un instant.',
};

/** Follows one write's outcomes into a status. */
function useWriteStatus(id: string | undefined): [Status, (status: Status) => void] {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  useEffect(() => {
    if (!id) return;
    return onOutcome(id, (outcome) =>
      setStatus(
        outcome.state === 'en-attente'
          ? { state: 'en-attente', reason: outcome.reason }
          : outcome.state === 'refuse'
            ? { state: 'refuse', message: outcome.message }
            : { state: 'enregistre' },
      ),
    );
  }, [id]);
  return [status, setStatus];
}

/** The chosen answer stands out from the other (also told by `aria-pressed`). */
const chosen =
  'border-blue-700 bg-blue-700 text-white hover:bg-blue-800 hover:text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950 dark:hover:bg-blue-300 dark:hover:text-slate-950';

export function ResolutionFeedback({ target, origin, signal, className }: FeedbackProps) {
  const id = useId();
  const raw = useSyncExternalStore(
    subscribeVotes,
    () => voteSnapshot(target),
    () => null,
  );
  const vote = useMemo(() => parseVote(raw), [raw]);
  const [sent, setVoteStatus] = useWriteStatus(vote ? `avis:${vote.key}` : undefined);
  // A vote from before a reload: still queued, or acknowledged then.
  const voteStatus: Status =
    sent.state === 'idle' && vote
      ? isQueued(`avis:${vote.key}`)
        ? { state: 'en-attente', reason: 'serveur' }
        : { state: 'enregistre' }
      : sent;
  const [reportOpen, setReportOpen] = useState(false);
  const [reportKey, setReportKey] = useState<string>();
  const [reportStatus, setReportStatus] = useWriteStatus(reportKey ? `signalement:${reportKey}` : undefined);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // After hydration, whatever earlier pages left queued goes out.
  useEffect(startQueue, []);

  function answer(value: VoteValue | null) {
    const next: RememberedVote = vote
      ? { key: vote.key, value, seq: vote.seq + 1 }
      : { key: newWriteKey(), value, seq: 1 };
    remember(target, next);
    setVoteStatus({ state: 'envoi' });
    submit(`avis:${next.key}`, '/api/avis', {
      key: next.key,
      target,
      origin,
      value,
      seq: next.seq,
      ...(signal ? { signal: signal.slice(0, 200) } : {}),
    });
  }

  function sendReport(kind: ReportKind, text: string) {
    const key = newWriteKey();
    setReportKey(key);
    setReportStatus({ state: 'envoi' });
    submit(`signalement:${key}`, '/api/signalements', { key, target, origin, kind, text });
    setReportOpen(false);
    toggleRef.current?.focus();
  }

  const value = vote?.value ?? null;
  const questionId = `${id}-question`;
  return (
    <div
      className={cn(
        'resolution-feedback not-prose mt-1 mb-3 text-xs text-slate-700 dark:text-slate-300 print:hidden',
        className,
      )}
      data-testid="resolution-feedback"
    >
      <div role="group" aria-labelledby={questionId} className="flex flex-wrap items-center gap-1.5">
        <span id={questionId}>Cette résolution a-t-elle réglé le ticket ?</span>
        {(['oui', 'non'] as const).map((option) => (
          <Button
            key={option}
            variant="tool"
            size="xs"
            aria-pressed={value === option}
            className={value === option ? chosen : undefined}
            onClick={() => answer(value === option ? null : option)}
          >
            {option === 'oui' ? 'Oui' : 'Non'}
          </Button>
        ))}
        {value ? (
          <button
            type="button"
            className="text-xs text-blue-700 underline hover:text-blue-900 dark:text-blue-300"
            onClick={() => answer(null)}
          >
            Annuler<span className="sr-only"> ma réponse « {value === 'oui' ? 'Oui' : 'Non'} »</span>
          </button>
        ) : null}
        <span aria-hidden="true" className="text-slate-400">
          ·
        </span>
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={reportOpen}
          aria-controls={`${id}-signalement`}
          className="text-xs text-slate-700 underline hover:text-blue-800 dark:text-slate-300 dark:hover:text-blue-300"
          onClick={() => setReportOpen((open) => !open)}
        >
          Signaler une erreur
        </button>
      </div>
      <p role="status" className="mt-0.5 min-h-0 empty:hidden">
        {voteMessage(voteStatus, value)}
      </p>
      {reportOpen ? (
        <ReportForm
          id={`${id}-signalement`}
          onSend={sendReport}
          onClose={() => {
            setReportOpen(false);
            toggleRef.current?.focus();
          }}
        />
      ) : null}
      <p role="status" className="mt-0.5 empty:hidden">
        {reportMessage(reportStatus)}
      </p>
    </div>
  );
}

function voteMessage(status: Status, value: VoteValue | null): string {
  const label = value === 'oui' ? '« Oui »' : value === 'non' ? '« Non »' : undefined;
  switch (status.state) {
    case 'idle':
      return '';
    case 'envoi':
      return label ? `Réponse ${label} : envoi…` : 'Annulation : envoi…';
    case 'enregistre':
      return label ? `Réponse ${label} enregistrée, merci.` : 'Réponse annulée.';
    case 'en-attente':
      return `${label ? `Réponse ${label}` : 'Annulation'} — ${WAITING[status.reason]}`;
    case 'refuse':
      return `Réponse non enregistrée : ${status.message}`;
  }
}

function reportMessage(status: Status): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'envoi':
      return 'Signalement : envoi…';
    case 'enregistre':
      return 'Signalement enregistré, merci : l’équipe le traitera.';
    case 'en-attente':
      return `Signalement — ${WAITING[status.reason]}`;
    case 'refuse':
      return `Signalement non enregistré : ${status.message}`;
  }
}

function ReportForm({
  id,
  onSend,
  onClose,
}: {
  id: string;
  onSend: (kind: ReportKind, text: string) => void;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<ReportKind>('traduction');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const field = inputClasses({ size: 'compact' });
  return (
    <form
      id={id}
      aria-label="Signaler une erreur"
      className="mt-2 max-w-xl space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSend(kind, text.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <label className="flex flex-col gap-1">
        <span>Type d’erreur</span>
        <select className={field} value={kind} onChange={(event) => setKind(event.target.value as ReportKind)}>
          {REPORT_KINDS.map((option) => (
            <option key={option} value={option}>
              {REPORT_KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span>Ce qui ne va pas (texte seul, sans données client)</span>
        <textarea
          ref={textRef}
          className={cn(field, 'min-h-20')}
          value={text}
          maxLength={REPORT_MAX_CHARS}
          required
          aria-describedby={`${id}-compte`}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p id={`${id}-compte`} className="text-slate-600 dark:text-slate-400">
        {text.length.toLocaleString('fr-FR')} / {REPORT_MAX_CHARS.toLocaleString('fr-FR')} caractères
      </p>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Envoyer le signalement
        </Button>
        <Button onClick={onClose}>Fermer</Button>
      </div>
    </form>
  );
}
