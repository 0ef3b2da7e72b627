import { MdastContent } from '@/components/article/mdast-content';
import type { WizardDefinition } from '@/lib/wizards/load';
import type { WizardState } from '@/lib/wizards/state';
import { answerFor, stepsOf } from '@/lib/wizards/view';
import { TeamPrecisionNote } from './team-precision';
import { WizardSource } from './wizard-source';

/**
 * What a printout of the wizard holds (« Imprimer le parcours » or Ctrl+P): the start with its lists, the
 * answer, the path's steps numbered, each with its text and the team's precision, then the source with its
 * Learn date and link. Hidden on screen.
 */
export function WizardPathPrint({ definition, state }: { definition: WizardDefinition; state: WizardState }) {
  const { source } = definition;
  const answer = answerFor(definition, state);
  const steps = stepsOf(definition, state);
  const path = state.kind === 'step' ? definition.paths[state.path] : undefined;
  return (
    <div className="wizard-path-print prose hidden max-w-none prose-slate print:block">
      <h2>{definition.start.title}</h2>
      <MdastContent nodes={definition.start.nodes} article={source.article} />
      {answer ? (
        <p>
          {definition.question.text} <strong>{answer}</strong>
        </p>
      ) : null}
      {state.kind === 'outcome' ? (
        <MdastContent nodes={[definition.outcomes[state.outcome]!.node]} article={source.article} />
      ) : null}
      {path?.intro ? <MdastContent nodes={[path.intro]} article={source.article} /> : null}
      {steps.length ? (
        <ol className="wizard-print-steps">
          {steps.map((step) => (
            <li key={step.number}>
              <strong>{step.title}</strong>
              <MdastContent nodes={[step.content]} article={source.article} />
              {step.precision ? <TeamPrecisionNote precision={step.precision} /> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <WizardSource definition={definition} printLink />
    </div>
  );
}
