import { describe, expect, it } from 'vitest';
import { WIZARD_IDS } from './catalog';
import { getSite } from '@/lib/site/site';

describe('wizards from content/wizards and their articles', () => {
  it('builds the NIC teaming paths from the article’s lists', () => {
    const nic = getSite().wizard('nic-teaming');
    expect(nic.shape.paths).toEqual({ nouveau: 3, existant: 4 });
    expect(nic.start.text).toContain('Npcap version 0.9984');
    expect(nic.paths.nouveau?.steps[1]?.text).toContain('loopback_support=no & winpcap_mode=yes');
    expect(nic.paths.existant?.steps[0]?.text).toBe('Désinstallez le capteur.');
  });

  it('builds the 28 MECM steps with net start sense in step 8 and the gate outcome', () => {
    const mecm = getSite().wizard('mecm-nouveaux-appareils');
    const steps = mecm.paths.main?.steps ?? [];
    expect(steps).toHaveLength(28);
    expect(steps[7]?.commands).toEqual(['net start sense']);
    expect(steps[9]?.phase).toBe('Règle de détection');
    expect(steps[27]?.text).toContain('Dans Achèvement, sélectionnez Fermer.');
    expect(mecm.outcomes['rien-a-faire']?.text).toContain('Windows 10, version 1809');
  });

  it('gives the MECM steps shown only as a screenshot the team’s values, each source checked', () => {
    const steps = getSite().wizard('mecm-nouveaux-appareils').paths.main?.steps ?? [];
    const detection = steps[9]?.precision;
    expect(detection?.values.map((v) => v.value)).toContain('OnboardingState');
    expect(detection?.sources.map((s) => s.path)).toEqual([
      '/codes/script#evt-35',
      '/codes/script#evt-40',
      '/codes/non-conformite#cas-1',
    ]);
    expect(steps[11]?.precision?.values[0]?.value).toBe('Installer pour le système');
    expect(steps.filter((step) => step.precision)).toHaveLength(2);
  });

  it('loads every wizard of the catalog', () => {
    for (const id of WIZARD_IDS) expect(getSite().wizard(id).id).toBe(id);
  });
});
