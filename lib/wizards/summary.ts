import { absoluteUrl } from '@/lib/routes';

/** What « Copier le résumé pour le ticket » copies: who did what, where to resume. Pure. */
export type WizardSummaryInput = {
  wizardTitle: string;
  /** Answers given, in order: « Le capteur est-il déjà installé ? → Oui … ». */
  answers: { question: string; answer: string }[];
  /** Steps shown before the current one, considered done. */
  doneSteps: { number: number; title: string }[];
  /** Where the agent is: « Étape 2 sur 3 : Installer Npcap… » or an outcome. */
  current: string;
  /** Link to resume exactly here (relative; made absolute with the site's origin). */
  resumePath: string;
};

export function wizardSummary(input: WizardSummaryInput, origin: string, format: 'text' | 'markdown'): string {
  const url = absoluteUrl(input.resumePath, origin);
  const md = format === 'markdown';
  const lines: string[] = [md ? `**Assistant : ${input.wizardTitle}**` : `Assistant : ${input.wizardTitle}`];
  for (const { question, answer } of input.answers)
    lines.push(md ? `- ${question} **${answer}**` : `- ${question} ${answer}`);
  if (input.doneSteps.length) {
    lines.push('', 'Étapes effectuées :');
    for (const step of input.doneSteps)
      lines.push(md ? `${step.number}. ${step.title}` : `  ${step.number}. ${step.title}`);
  }
  lines.push('', `Où en est le dossier : ${input.current}`);
  lines.push(md ? `[Reprendre à cette étape](${url})` : `Reprendre à cette étape : ${url}`);
  return lines.join('\n');
}
