import { describe, expect, it } from 'vitest';
import { readEventFields } from './event-fields';

const EN_GENERAL = `Log Name:      Microsoft-Windows-SENSE/Operational
Source:        Microsoft-Windows-SENSE
Date:          11/28/2026 9:14:02 AM
Event ID:      7
Task Category: None
Level:         Error
Keywords:
User:          SYSTEM
Computer:      srv01.contoso.local
Description:
Windows Defender Advanced Threat Protection service failed to read the onboarding parameters.`;

const FR_GENERAL = `Nom du journal : Microsoft-Windows-SENSE/Operational
Source : SENSE
Date : 28/11/2026 09:14:02
ID de l’événement : 7
Catégorie de la tâche : Aucun
Niveau : Erreur
Ordinateur : srv01.contoso.local
Description :
Le service Microsoft Defender pour point de terminaison n’a pas pu lire les paramètres d’intégration.`;

const XML = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager" Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"/><EventID Qualifiers="49152">7000</EventID><Level>2</Level><Channel>System</Channel></System><EventData><Data Name="param1">Print Spooler</Data><Data Name="param2">%%1053</Data></EventData></Event>`;

const FORMAT_LIST = `TimeCreated  : 28/11/2026 09:14:02
ProviderName : Microsoft-Windows-SENSE
Id           : 5
LevelDisplayName : Erreur
Message      : Le service Microsoft Defender pour point de terminaison n’a pas pu se connecter au serveur.`;

describe('readEventFields', () => {
  it('reads Event Viewer’s General tab in English and in French', () => {
    expect(readEventFields(EN_GENERAL)).toMatchObject({ log: 'sense', eventId: 7, level: 'error' });
    expect(readEventFields(FR_GENERAL)).toMatchObject({ provider: 'sense', log: 'sense', eventId: 7, level: 'erreur' });
  });

  it('reads a one-line copy with the short provider name', () => {
    expect(readEventFields('Source : SENSE, Event ID : 7, Level : Error')).toMatchObject({
      provider: 'sense',
      log: 'sense',
      eventId: 7,
    });
    expect(readEventFields('Source: SENSE Event ID: 7')).toMatchObject({ log: 'sense', eventId: 7 });
    expect(
      readEventFields(
        'Log Name: Application Source: WDATPOnboarding Date: 3/14/2025 10:22:05 AM Event ID: 5 Level: Error',
      ),
    ).toMatchObject({ provider: 'wdatponboarding', log: 'script', eventId: 5, level: 'error' });
  });

  it('reads XML events and names another provider as other', () => {
    const fields = readEventFields(XML);
    expect(fields).toMatchObject({ provider: 'service control manager', log: 'other', eventId: 7000, level: 'error' });
    expect(fields.values).toContainEqual({ name: 'param1', value: 'print spooler' });
  });

  it('reads Get-WinEvent | Format-List, and never a process id as the event id', () => {
    expect(readEventFields(FORMAT_LIST)).toMatchObject({ log: 'sense', eventId: 5 });
    expect(readEventFields('Error in process id: 4312, thread id: 12').eventId).toBeUndefined();
  });

  it('reads the onboarding script’s error line as its WDATPOnboarding event', () => {
    expect(readEventFields('Onboarding failed [Error Id: 15, Error Level: 1]')).toMatchObject({
      log: 'script',
      eventId: 15,
    });
  });

  it('reads registry values from reg query and from .reg exports', () => {
    expect(readEventFields('    OnboardingState    REG_DWORD    0x1').values).toEqual([
      { name: 'onboardingstate', value: '0x1' },
    ]);
    expect(readEventFields('"EnrollmentStatus"=dword:0000000d').values).toEqual([
      { name: 'enrollmentstatus', value: '0x0000000d' },
    ]);
  });

  it('reads a provider named without a label in a separated line', () => {
    expect(readEventFields('System\tService Control Manager\t7000\tError\tThe x service failed').log).toBe('other');
    expect(readEventFields('Microsoft-Windows-SENSE/Operational  error 5').log).toBe('sense');
  });

  it('knows the old product name as the SENSE provider', () => {
    expect(readEventFields('Source: Windows Defender Advanced Threat Protection\nEvent ID: 9').log).toBe('sense');
    expect(readEventFields('Log Name: Application\nSource: WDATPOnboarding\nEvent ID: 35').log).toBe('script');
    expect(readEventFields('Log Name: Application\nSource: MsiInstaller\nEvent ID: 11707').log).toBe('other');
  });
});
