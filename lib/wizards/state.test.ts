import { describe, expect, it } from 'vitest';
import { clampStep, neighbours, parseWizardState, type WizardShape } from './state';
import { routes } from '@/lib/routes';
import { wizardSummary } from './summary';

const nic: WizardShape = { id: 'nic-teaming', branchParam: 'cas', paths: { nouveau: 3, existant: 4 }, outcomes: [] };
const mecm: WizardShape = {
  id: 'mecm-nouveaux-appareils',
  branchParam: null,
  paths: { main: 28 },
  outcomes: ['rien-a-faire'],
};

describe('wizard URL state', () => {
  it('reads the branch and the step', () => {
    expect(parseWizardState(nic, { cas: 'existant', etape: '4' })).toEqual({ kind: 'step', path: 'existant', step: 4 });
    expect(parseWizardState(mecm, { etape: '8' })).toEqual({ kind: 'step', path: 'main', step: 8 });
    expect(parseWizardState(mecm, { resultat: 'rien-a-faire' })).toEqual({ kind: 'outcome', outcome: 'rien-a-faire' });
  });

  it('falls back to a valid place for bad parameters', () => {
    expect(parseWizardState(nic, { cas: 'zzz', etape: '2' })).toEqual({ kind: 'start' });
    expect(parseWizardState(nic, {})).toEqual({ kind: 'start' });
    expect(parseWizardState(nic, { cas: 'nouveau', etape: '999' })).toEqual({ kind: 'step', path: 'nouveau', step: 3 });
    expect(parseWizardState(nic, { cas: 'nouveau', etape: 'abc' })).toEqual({ kind: 'step', path: 'nouveau', step: 1 });
    expect(parseWizardState(mecm, { etape: '0' })).toEqual({ kind: 'step', path: 'main', step: 1 });
    expect(parseWizardState(mecm, { etape: '-3' })).toEqual({ kind: 'step', path: 'main', step: 1 });
    expect(parseWizardState(mecm, { etape: ['5', '6'] })).toEqual({ kind: 'step', path: 'main', step: 5 });
    expect(parseWizardState(mecm, { resultat: 'autre' })).toEqual({ kind: 'start' });
    expect(clampStep('2.5', 4)).toBe(1);
  });

  it('serializes states back to the contract URLs', () => {
    expect(routes.wizardStep(nic, { kind: 'step', path: 'nouveau', step: 2 })).toBe(
      '/assistants/nic-teaming?cas=nouveau&etape=2',
    );
    expect(routes.wizardStep(mecm, { kind: 'step', path: 'main', step: 8 })).toBe(
      '/assistants/mecm-nouveaux-appareils?etape=8',
    );
    expect(routes.wizardStep(mecm, { kind: 'start' })).toBe('/assistants/mecm-nouveaux-appareils');
  });

  it('moves along a path and back to the start', () => {
    expect(neighbours(nic, { kind: 'step', path: 'nouveau', step: 1 })).toEqual({
      previous: { kind: 'start' },
      next: { kind: 'step', path: 'nouveau', step: 2 },
    });
    expect(neighbours(nic, { kind: 'step', path: 'existant', step: 4 }).next).toBeUndefined();
    expect(neighbours(mecm, { kind: 'outcome', outcome: 'rien-a-faire' })).toEqual({ previous: { kind: 'start' } });
  });
});

describe('ticket summary', () => {
  const input = {
    wizardTitle: 'NIC teaming',
    answers: [{ question: 'Le capteur est-il déjà installé ?', answer: 'Oui' }],
    doneSteps: [{ number: 1, title: 'Désinstaller le capteur' }],
    current: 'Étape 2 sur 4 : Désinstaller WinPcap',
    resumePath: '/assistants/nic-teaming?cas=existant&etape=2',
  };

  it('writes plain text with the absolute resume link', () => {
    const text = wizardSummary(input, 'https://portail.example', 'text');
    expect(text).toContain('Assistant : NIC teaming');
    expect(text).toContain('- Le capteur est-il déjà installé ? Oui');
    expect(text).toContain('  1. Désinstaller le capteur');
    expect(text).toContain(
      'Reprendre à cette étape : https://portail.example/assistants/nic-teaming?cas=existant&etape=2',
    );
  });

  it('writes Markdown with a link', () => {
    expect(wizardSummary(input, 'https://p', 'markdown')).toContain(
      '[Reprendre à cette étape](https://p/assistants/nic-teaming?cas=existant&etape=2)',
    );
  });
});
