import { describe, expect, it } from 'vitest';
import { statedStatuses } from './stated-values';
import { describeWindowsCode, windowsCodesIn } from './windows-codes';

describe('windowsCodesIn', () => {
  it('decodes FACILITY_WIN32 HRESULTs to their Win32 error, named', () => {
    const [code] = windowsCodesIn('Échec de l’intégration : 0x80070005');
    expect(code).toMatchObject({ hex: '0x80070005', win32: 5, name: 'Accès refusé' });
    expect(describeWindowsCode(code!)).toBe('0x80070005 : erreur Win32 5 (Accès refusé)');
    expect(windowsCodesIn('hr=-2147024891')[0]?.win32).toBe(5);
  });

  it('leaves other facilities (Intune’s 0x87D1FDE8) alone', () => {
    expect(windowsCodesIn('0x87D1FDE8 et 0x80004005')).toEqual([]);
  });
});

describe('statedStatuses', () => {
  it('reads an enrollment status stated in a French or English sentence', () => {
    expect(statedStatuses('Bonjour, la valeur EnrollmentStatus est à 13 depuis hier.')).toEqual([13]);
    expect(statedStatuses('L’état d’inscription indique toujours 29 sur ce serveur')).toEqual([29]);
    expect(statedStatuses('EnrollmentStatus shows 36 on the device')).toEqual([36]);
  });

  it('reads no status after other words', () => {
    expect(statedStatuses('Le serveur a 13 disques et le ticket est ouvert depuis 29 jours')).toEqual([]);
  });
});
