import { describe, expect, it } from 'vitest';
import { readEventFields } from './event-fields';
import { eventTableAt, findEventTable, labelledRow } from './tables';

const lines = (text: string) => text.split('\n');

const CSV_EN = `Level,Date and Time,Source,Event ID,Task Category
Error,11/29/2026 4:05:12 PM,Microsoft-Windows-SENSE,9,None,"Windows Defender Advanced Threat Protection service failed to change its start type.
Failure code: 0x80070005"
Information,11/29/2026 4:05:10 PM,Service Control Manager,7036,None,The Windows Update service entered the running state.`;

const CSV_FR = `Niveau,Date et heure,Source,ID de l’événement,Catégorie de la tâche
Erreur,29/11/2026 16:05:12,WDATPOnboarding,40,Aucun,"Le service n’a pas démarré, nouvelle tentative"`;

const EXPORT_CSV = `"Message","Id","Version","ProviderName","LogName","LevelDisplayName"
"The sensor could not reach the cloud.","6","0","Microsoft-Windows-SENSE","Microsoft-Windows-SENSE/Operational","Error"`;

const TABLE = `

   ProviderName: Microsoft-Windows-SENSE

TimeCreated                     Id LevelDisplayName Message
-----------                     -- ---------------- -------
11/29/2026 4:05:12 PM           10 Error            Microsoft Defender for Endpoint service failed to persist the onboarding…
11/29/2026 4:01:02 PM         1000 Information      Something else entirely

Later line that is not a row`;

const WRAPPED = `TimeCreated                     Id LevelDisplayName Message
-----------                     -- ---------------- -------
29/11/2026 16:05:12             15 Erreur           Le service Microsoft Defender pour point de terminaison n’a pas
                                                    pu démarrer le service de commande.`;

describe('tables of events', () => {
  it('reads Event Viewer’s CSV export in English, its unnamed last cell as the message, over several lines', () => {
    const table = findEventTable(lines(CSV_EN));
    expect(table?.rows).toHaveLength(2);
    expect(table?.rows[0]).toMatchObject({
      provider: 'Microsoft-Windows-SENSE',
      eventId: 9,
      level: 'Error',
      first: 1,
      last: 2,
    });
    expect(table?.rows[0]?.message).toContain('0x80070005');
    expect(table?.rows[1]).toMatchObject({ provider: 'Service Control Manager', eventId: 7036, first: 3, last: 3 });
  });

  it('reads it in French, and PowerShell’s Export-Csv with quoted names', () => {
    expect(findEventTable(lines(CSV_FR))?.rows[0]).toMatchObject({
      provider: 'WDATPOnboarding',
      eventId: 40,
      level: 'Erreur',
    });
    expect(findEventTable(lines(EXPORT_CSV))?.rows[0]).toMatchObject({
      provider: 'Microsoft-Windows-SENSE',
      logName: 'Microsoft-Windows-SENSE/Operational',
      eventId: 6,
      message: 'The sensor could not reach the cloud.',
    });
  });

  it('reads Get-WinEvent’s table: the provider above it for every row, a right-aligned id, up to the table’s end', () => {
    const table = findEventTable(lines(TABLE));
    expect(table?.header.provider).toBe('Microsoft-Windows-SENSE');
    expect(table?.rows.map((row) => [row.eventId, row.level, row.provider])).toEqual([
      [10, 'Error', 'Microsoft-Windows-SENSE'],
      [1000, 'Information', 'Microsoft-Windows-SENSE'],
    ]);
    expect(table?.rows[1]?.message).toBe('Something else entirely');
  });

  it('joins a message wrapped by Format-Table -Wrap to its row', () => {
    const [row] = findEventTable(lines(WRAPPED))?.rows ?? [];
    expect(row).toMatchObject({ eventId: 15, first: 2, last: 3 });
    expect(row?.message).toMatch(/n’a pas pu démarrer le service de commande\.$/);
  });

  it('is no table without an event id column, or when the names are words of a sentence', () => {
    expect(findEventTable(lines('Level,Date and Time,Source\nError,1/1/2026,SENSE'))).toBeUndefined();
    expect(findEventTable(lines('the message id level is fine\n12 10 error text'))).toBeUndefined();
    expect(eventTableAt(lines(TABLE), 0)).toBeUndefined();
  });

  it('gives readEventFields the first row, and a row as a labelled record it reads alike', () => {
    expect(readEventFields(TABLE)).toMatchObject({ log: 'sense', eventId: 10 });
    expect(readEventFields(CSV_FR)).toMatchObject({ log: 'script', eventId: 40 });
    const row = findEventTable(lines(CSV_EN))?.rows[1];
    expect(row && readEventFields(labelledRow(row))).toMatchObject({ log: 'other', eventId: 7036 });
  });
});
