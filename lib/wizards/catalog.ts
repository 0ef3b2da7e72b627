/** The wizards of the URL contract (`/assistants/<id>`). */
export const WIZARD_IDS = ['nic-teaming', 'mecm-nouveaux-appareils'] as const;
export type WizardId = (typeof WIZARD_IDS)[number];

export function isWizardId(value: string): value is WizardId {
  return (WIZARD_IDS as readonly string[]).includes(value);
}
