import { describe, expect, it } from 'vitest';
import { allWizardStates } from './all-states';
import { parseWizardState, type WizardShape } from './state';

const nic: WizardShape = { id: 'nic-teaming', branchParam: 'cas', paths: { nouveau: 3, existant: 4 }, outcomes: [] };
const mecm: WizardShape = {
  id: 'mecm-nouveaux-appareils',
  branchParam: null,
  paths: { main: 28 },
  outcomes: ['rien-a-faire'],
};

describe('every place of a wizard', () => {
  it('lists the start, each step of each path and each outcome, once', () => {
    expect(allWizardStates(nic).map(({ href }) => href)).toEqual([
      '/assistants/nic-teaming',
      '/assistants/nic-teaming?cas=nouveau&etape=1',
      '/assistants/nic-teaming?cas=nouveau&etape=2',
      '/assistants/nic-teaming?cas=nouveau&etape=3',
      '/assistants/nic-teaming?cas=existant&etape=1',
      '/assistants/nic-teaming?cas=existant&etape=2',
      '/assistants/nic-teaming?cas=existant&etape=3',
      '/assistants/nic-teaming?cas=existant&etape=4',
    ]);
    const mecmHrefs = allWizardStates(mecm).map(({ href }) => href);
    expect(mecmHrefs).toHaveLength(1 + 28 + 1);
    expect(new Set(mecmHrefs).size).toBe(mecmHrefs.length);
    expect(mecmHrefs).toContain('/assistants/mecm-nouveaux-appareils?resultat=rien-a-faire');
  });

  it('covers whatever the URL parser can return, so the browser always finds the place it parsed', () => {
    for (const shape of [nic, mecm]) {
      const hrefs = new Set(allWizardStates(shape).map(({ href }) => href));
      for (const query of [
        '',
        '?cas=existant&etape=9',
        '?cas=zzz',
        '?etape=abc',
        '?etape=-1',
        '?resultat=rien-a-faire',
        '?resultat=x',
      ]) {
        const state = parseWizardState(shape, Object.fromEntries(new URLSearchParams(query)));
        const found = allWizardStates(shape).find((entry) => JSON.stringify(entry.state) === JSON.stringify(state));
        expect(found && hrefs.has(found.href)).toBe(true);
      }
    }
  });
});
