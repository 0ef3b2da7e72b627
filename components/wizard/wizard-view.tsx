import Link from 'next/link';
import { MdastContent } from '@/components/article/mdast-content';
import { ResolutionFeedback } from '@/components/feedback/resolution-feedback';
import { CopyButton } from '@/components/ui/copy-button';
import { loadArticle } from '@/lib/articles/load';
import { articleOutline } from '@/lib/articles/outline';
import { formatFrenchDate } from '@/lib/format';
import type { WizardDefinition } from '@/lib/wizards/load';
import { neighbours, type WizardState } from '@/lib/wizards/state';
import { answerFor, stepsOf, summaryInput } from '@/lib/wizards/view';
import { TicketActions } from '@/components/ticket/ticket-actions';
import { wizardTicket } from '@/lib/ticket/from-content';
import { StepFocus } from './step-focus';
import { SummaryButtons } from './summary-buttons';
import { routes } from '@/lib/routes';

const navLink =
  'inline-flex items-center gap-1 rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

/** One place of a wizard: its start (with the question), a step of a path, or an outcome. */
export function WizardView({ definition, state }: { definition: WizardDefinition; state: WizardState }) {
  const { shape, source } = definition;
  const href = routes.wizardStep(shape, state);
  const steps = stepsOf(definition, state);
  const step = state.kind === 'step' ? steps[state.step - 1] : undefined;
  const path = state.kind === 'step' ? definition.paths[state.path] : undefined;
  const { previous, next } = neighbours(shape, state);
  const sourceTitle = articleOutline(source.article).headings.find((h) => h.id === source.anchor)?.text ?? '';
  const headingId = 'assistant-etape';
  const { sourceDate } = loadArticle(source.article).meta;

  return (
    <div className="space-y-6">
      <StepFocus stepKey={href} targetId={headingId} />

      <div>
        {state.kind === 'step' && step ? (
          <div aria-label="Progression" className="space-y-2 print:hidden">
            <p className="flex flex-wrap gap-x-3 text-sm text-slate-700 dark:text-slate-300">
              <span className="font-semibold">
                Étape {state.step} sur {steps.length}
              </span>
              {definition.branchParam ? <span>Chemin : {path?.label}</span> : null}
              {step.phase ? <span>Phase : {step.phase}</span> : null}
            </p>
            <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
              <div
                className="h-full rounded-full bg-blue-600"
                style={{ width: `${(state.step / steps.length) * 100}%` }}
              />
            </div>
          </div>
        ) : null}

        {/* Printed alone by « Imprimer »; the page's own print shows the whole path instead (below). */}
        <section
          aria-labelledby={headingId}
          className="wizard-current mt-4 rounded-lg border border-slate-200 p-5 dark:border-slate-700"
          data-search-target
          data-ticket-unit
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
              {state.kind === 'step' && step
                ? `Étape ${step.number} — ${step.title}`
                : state.kind === 'outcome'
                  ? definition.outcomes[state.outcome]?.title
                  : definition.start.title}
            </h2>
            <CopyButton value={href} label="Copier le lien vers cette étape" copiedMessage="Lien de l’étape copié">
              Lien
            </CopyButton>
          </div>
          <TicketActions unit={wizardTicket(definition, state)} className="mt-2" />

          <div
            className="prose mt-3 max-w-none prose-slate dark:prose-invert prose-code:before:content-none prose-code:after:content-none"
            data-testid="wizard-step-text"
          >
            {state.kind === 'step' && step ? (
              <>
                {path?.intro && state.step === 1 ? (
                  <MdastContent nodes={[path.intro]} article={source.article} />
                ) : null}
                <MdastContent nodes={[step.content]} article={source.article} />
              </>
            ) : state.kind === 'outcome' ? (
              <MdastContent nodes={[definition.outcomes[state.outcome]!.node]} article={source.article} />
            ) : (
              <MdastContent nodes={definition.start.nodes} article={source.article} />
            )}
          </div>

          {step?.commands.length ? (
            <ul className="mt-4 space-y-2" aria-label="Commandes de l’étape">
              {step.commands.map((command) => (
                <li key={command} className="flex flex-wrap items-center gap-2">
                  <code className="rounded bg-slate-100 px-2 py-1 font-mono text-sm dark:bg-slate-800">{command}</code>
                  <CopyButton value={command} label={`Copier la commande ${command}`} copiedMessage="Commande copiée">
                    Copier
                  </CopyButton>
                </li>
              ))}
            </ul>
          ) : null}

          {state.kind === 'start' ? (
            <fieldset className="mt-5">
              <legend className="font-semibold">{definition.question.text}</legend>
              <div className="mt-3 flex flex-wrap gap-3">
                {definition.question.answers.map((answer) => {
                  const target: WizardState =
                    'path' in answer
                      ? { kind: 'step', path: answer.path, step: 1 }
                      : { kind: 'outcome', outcome: answer.outcome };
                  return (
                    <Link
                      key={answer.label}
                      href={routes.wizardStep(shape, target)}
                      className={`${navLink} bg-blue-700 text-white hover:bg-blue-800`}
                      data-testid="wizard-answer"
                    >
                      {answer.label}
                    </Link>
                  );
                })}
              </div>
            </fieldset>
          ) : null}

          {state.kind === 'outcome' || (state.kind === 'step' && !next) ? (
            <ResolutionFeedback target={href} origin="assistant" className="mt-4 text-sm" />
          ) : null}

          <p className="mt-5 text-sm text-slate-600 dark:text-slate-400">
            Source :{' '}
            <Link
              href={routes.section(source.article, source.anchor)}
              className="underline hover:text-blue-700 dark:hover:text-blue-300"
            >
              {sourceTitle}
            </Link>
            , Microsoft Learn, version du <time dateTime={sourceDate}>{formatFrenchDate(sourceDate)}</time>
            {state.kind !== 'start' && answerFor(definition, state) ? (
              <> · Réponse : {answerFor(definition, state)}</>
            ) : null}
          </p>
        </section>

        <nav
          aria-label="Navigation de l’assistant"
          className="mt-4 flex flex-wrap items-center justify-between gap-3 print:hidden"
        >
          {previous ? (
            <Link
              href={routes.wizardStep(shape, previous)}
              className={`${navLink} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
              rel="prev"
            >
              ← Précédent
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link
              href={routes.wizardStep(shape, next)}
              className={`${navLink} bg-blue-700 text-white hover:bg-blue-800`}
              rel="next"
            >
              Suivant →
            </Link>
          ) : state.kind === 'step' ? (
            <p className="font-medium text-emerald-700 dark:text-emerald-400">Dernière étape : procédure terminée.</p>
          ) : null}
        </nav>

        <div className="mt-6">
          <SummaryButtons summary={summaryInput(definition, state)} />
        </div>
      </div>

      {/* Print view: the whole path chosen, not only the current step. */}
      <div className="wizard-path-print hidden print:block">
        <p>{definition.start.title}</p>
        <MdastContent nodes={definition.start.nodes} article={source.article} />
        {answerFor(definition, state) ? (
          <p>
            {definition.question.text} <strong>{answerFor(definition, state)}</strong>
          </p>
        ) : null}
        {state.kind === 'outcome' ? (
          <MdastContent nodes={[definition.outcomes[state.outcome]!.node]} article={source.article} />
        ) : null}
        <ol>
          {steps.map((s) => (
            <li key={s.number}>
              <strong>{s.title}</strong>
              <MdastContent nodes={[s.content]} article={source.article} />
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
