import { SectionEnglishOriginal } from '@/components/article/english-original';
import { MdastContent } from '@/components/article/mdast-content';
import { TicketActions } from '@/components/ticket/ticket-actions';
import { ResolutionFeedback } from '@/components/feedback/resolution-feedback';
import { CopyButton } from '@/components/ui/copy-button';
import { routes } from '@/lib/routes';
import { wizardNoteInput, wizardTicket } from '@/lib/ticket/units';
import type { WizardDefinition } from '@/lib/wizards/load';
import { neighbours, type WizardState } from '@/lib/wizards/state';
import { answerFor, stepsOf } from '@/lib/wizards/view';
import { StepFocus } from './step-focus';
import { SummaryButtons } from './summary-buttons';
import { TabHistoryRecorder } from './tab-history-recorder';
import { TeamPrecisionNote } from './team-precision';
import { TeamNotes } from '@/components/article/team-note';
import { WizardCommands } from './wizard-commands';
import { WizardNav } from './wizard-nav';
import { WizardPathPrint } from './wizard-path-print';
import { WizardProgress } from './wizard-progress';
import { WizardQuestion } from './wizard-question';
import { WizardSource, wizardSectionTitle } from './wizard-source';

/** The id of the place's heading: focus lands there when the place changes or a search result opens it. */
export const WIZARD_HEADING_ID = 'assistant-etape';

/** One place of a wizard: its start (with the question), a step of a path, or an outcome. */
export function WizardView({ definition, state }: { definition: WizardDefinition; state: WizardState }) {
  const { shape, source } = definition;
  const href = routes.wizardStep(shape, state);
  const steps = stepsOf(definition, state);
  const step = state.kind === 'step' ? steps[state.step - 1] : undefined;
  const path = state.kind === 'step' ? definition.paths[state.path] : undefined;
  const outcome = state.kind === 'outcome' ? definition.outcomes[state.outcome] : undefined;
  const { previous, next } = neighbours(shape, state);
  const title = step ? `Étape ${step.number} — ${step.title}` : (outcome?.title ?? definition.start.title);

  return (
    <div className="space-y-6">
      <StepFocus stepKey={href} targetId={WIZARD_HEADING_ID} />
      <TabHistoryRecorder wizardId={definition.id} state={state} />

      <div>
        {step ? (
          <WizardProgress
            step={step}
            count={steps.length}
            pathLabel={definition.branchParam ? path?.label : undefined}
          />
        ) : null}

        {/* Printed alone by « Imprimer »; the page's own print shows the whole path instead (below). */}
        <section
          aria-labelledby={WIZARD_HEADING_ID}
          className="wizard-current mt-4 rounded-lg border border-slate-200 p-5 dark:border-slate-700"
          data-search-target
          data-ticket-unit
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2
              id={WIZARD_HEADING_ID}
              tabIndex={-1}
              data-landing-focus
              className="text-xl font-semibold focus:outline-none"
            >
              {title}
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
            {step ? (
              <>
                {path?.intro && step.number === 1 ? (
                  <MdastContent nodes={[path.intro]} article={source.article} />
                ) : null}
                <MdastContent nodes={[step.content]} article={source.article} />
              </>
            ) : outcome ? (
              <MdastContent nodes={[outcome.node]} article={source.article} />
            ) : (
              <MdastContent nodes={definition.start.nodes} article={source.article} />
            )}
          </div>

          {/* A step is an item of its section's list: the English original is the section's, as on the article. */}
          {step ? (
            <SectionEnglishOriginal
              article={source.article}
              id={source.anchor}
              title={wizardSectionTitle(definition)}
              className="mt-4"
            />
          ) : null}
          {step?.precision ? <TeamPrecisionNote precision={step.precision} /> : null}
          <TeamNotes href={href} />
          {step ? <WizardCommands commands={step.commands} /> : null}
          {state.kind === 'start' ? <WizardQuestion definition={definition} /> : null}
          <WizardSource definition={definition} answer={answerFor(definition, state)} />
          {state.kind === 'outcome' || (state.kind === 'step' && !next) ? (
            <ResolutionFeedback target={href} origin="assistant" className="mt-4 text-sm" />
          ) : null}
        </section>

        <WizardNav shape={shape} previous={previous} next={next} lastStep={state.kind === 'step' && !next} />

        <div className="mt-6">
          <SummaryButtons wizardId={definition.id} input={wizardNoteInput(definition, state)} />
        </div>
      </div>

      <WizardPathPrint definition={definition} state={state} />
    </div>
  );
}
