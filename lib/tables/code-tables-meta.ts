import type { TableFile } from './schemas';

/**
 * The six code tables of the URL contract (`/codes/<id>#<row id>`), in the order the index lists them.
 * Titles and blurbs are the portal's own words; every row comes from content/tables.
 */
export const CODE_TABLES = {
  script: {
    file: 'script-events',
    title: 'Événements du script d’intégration (WDATPOnboarding)',
    blurb: 'ID d’événement écrits par le script d’intégration dans le journal Application, source WDATPOnboarding.',
    codeLabel: 'Événement',
  },
  sense: {
    file: 'sense-events',
    title: 'Événements de l’agent SENSE',
    blurb: 'ID d’événement du journal Microsoft › Windows › SENSE › Opérationnel.',
    codeLabel: 'Événement',
  },
  intune: {
    file: 'intune-errors',
    title: 'Codes d’erreur Microsoft Intune et OMA-URI',
    blurb: 'Codes d’erreur Intune, en hexadécimal et en décimal signé, avec les OMA-URI concernés.',
    codeLabel: 'Code',
  },
  'non-conformite': {
    file: 'non-compliance',
    title: 'Problèmes connus de non-conformité',
    blurb: 'Cas où Intune signale l’appareil comme non conforme.',
    codeLabel: 'Cas',
  },
  mdm: {
    file: 'mdm-events',
    title: 'Journal des événements MDM',
    blurb: 'Microsoft\\Windows\\DeviceManagement-EnterpriseDiagnostics-Provider, canal Administration.',
    codeLabel: 'Événement',
  },
  scp: {
    file: 'scp-statuses',
    title: 'États d’inscription SCP / SenseCM',
    blurb: 'Valeurs de la clé HKLM\\SOFTWARE\\Microsoft\\SenseCM\\EnrollmentStatus (gestion de la sécurité).',
    codeLabel: 'Code',
  },
} as const satisfies Record<string, { file: TableFile; title: string; blurb: string; codeLabel: string }>;

export type CodeTableId = keyof typeof CODE_TABLES;
export const CODE_TABLE_IDS = Object.keys(CODE_TABLES) as CodeTableId[];

export function isCodeTableId(value: string): value is CodeTableId {
  return Object.hasOwn(CODE_TABLES, value);
}
