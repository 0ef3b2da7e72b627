import { describe, expect, it } from 'vitest';
import { PROVIDER_BEFORE_ID, providerLog } from './providers';

describe('providerLog', () => {
  it('knows our providers by every name agents see', () => {
    for (const name of [
      'SENSE',
      'Microsoft-Windows-SENSE',
      'Microsoft-Windows-SENSE/Operational',
      'Windows Defender Advanced Threat Protection',
      'Windows Advanced Threat Protection Service',
      'Microsoft Defender ATP',
    ])
      expect(providerLog(name), name).toBe('sense');
    expect(providerLog('WDATPOnboarding')).toBe('script');
    expect(providerLog('Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin')).toBe('mdm');
  });

  it('names another provider as other and a generic log as nothing', () => {
    expect(providerLog('Service Control Manager')).toBe('other');
    expect(providerLog('Application')).toBeUndefined();
    expect(providerLog('Système')).toBeUndefined();
  });

  it('finds a provider written before an event id in running text', () => {
    const found = [...'sense 7 puis wdatponboarding event 35'.matchAll(PROVIDER_BEFORE_ID)].map((m) => [m[1], m[2]]);
    expect(found).toEqual([
      ['sense', '7'],
      ['wdatponboarding', '35'],
    ]);
  });
});
