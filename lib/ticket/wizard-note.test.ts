import { describe, expect, it } from 'vitest';
import { EMPTY_TAB_HISTORY, recordPlace, type TabHistory } from '@/lib/wizards/tab-history';
import type { WizardState } from '@/lib/wizards/state';
import { ticketHtml, ticketMarkdown, ticketText } from './ticket';
import { wizardNoteInput } from './units';
import { stepRuns, wizardNote } from './wizard-note';
import { getSite } from '@/lib/site/site';

const ORIGIN = 'https://portail.example';
const nic = getSite().wizard('nic-teaming');
const mecm = getSite().wizard('mecm-nouveaux-appareils');

function walk(states: WizardState[]): TabHistory {
  return states.reduce(recordPlace, EMPTY_TAB_HISTORY);
}

describe('a wizard’s ticket note', () => {
  it('a whole path: answer, version, options, every step, then « Procédure terminée », source and link', () => {
    const steps = [1, 2, 3, 4].map((step): WizardState => ({ kind: 'step', path: 'existant', step }));
    const here = steps[3]!;
    const note = wizardNote(wizardNoteInput(nic, here), walk([{ kind: 'start' }, ...steps]));
    const text = ticketText(note, ORIGIN);
    expect(text).toContain('Le capteur est-il déjà installé ? Oui, le capteur est déjà installé');
    expect(text).toContain('Npcap version 0.9984');
    expect(text).toContain('loopback_support=no & winpcap_mode=yes');
    expect(text).toMatch(/^1\. Désinstaller le capteur$/m);
    expect(text).toContain('Étapes effectuées (3 sur 4)');
    expect(text).not.toContain('Reprise');
    expect(text.indexOf('Procédure terminée.')).toBeGreaterThan(text.indexOf('Réinstallez le package du capteur'));
    expect(text).toContain('Microsoft Learn, version du 18 février 2020');
    expect(text.endsWith(`Lien : ${ORIGIN}/assistants/nic-teaming?cas=existant&etape=4`)).toBe(true);
    expect(ticketHtml(note, ORIGIN)).toContain('<ol start="4">');
    expect(ticketMarkdown(note, ORIGIN)).toContain('Procédure terminée');
  });

  it('a ticket link at step 10 claims no earlier step, and says where it resumed', () => {
    const here: WizardState = { kind: 'step', path: 'main', step: 10 };
    let text = ticketText(wizardNote(wizardNoteInput(mecm, here), walk([here])), ORIGIN);
    expect(text).toContain('Reprise à l’étape 10');
    expect(text).toContain('les étapes 1 à 9 n’ont pas été affichées');
    expect(text).not.toContain('Étapes effectuées');
    expect(text).not.toContain('Procédure terminée');
    const next: WizardState = { kind: 'step', path: 'main', step: 11 };
    text = ticketText(wizardNote(wizardNoteInput(mecm, next), walk([here, next])), ORIGIN);
    expect(text).toMatch(/^10\. Règle de détection$/m);
    expect(text).not.toMatch(/^9\. /m);
    expect(text).toContain('Précision de l’équipe');
    expect(text).toContain('OnboardingState');
  });

  it('the last step reached by a link is not a finished procedure', () => {
    const last: WizardState = { kind: 'step', path: 'main', step: 28 };
    const text = ticketText(wizardNote(wizardNoteInput(mecm, last), walk([last])), ORIGIN);
    expect(text).not.toContain('Procédure terminée');
    expect(text).toContain('n’a pas été suivie en entier');
  });

  it('an outcome ends the procedure', () => {
    const outcome: WizardState = { kind: 'outcome', outcome: 'rien-a-faire' };
    const text = ticketText(wizardNote(wizardNoteInput(mecm, outcome), walk([{ kind: 'start' }, outcome])), ORIGIN);
    expect(text).toContain('Oui : une de ces versions');
    expect(text).toContain('Procédure terminée : Rien à faire');
  });

  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], '1 à 9'],
    [[4], '4'],
    [[2, 5, 6, 7], '2, 5 à 7'],
  ])('step runs %j read « %s »', (numbers, expected) => {
    expect(stepRuns(numbers)).toBe(expected);
  });
});
