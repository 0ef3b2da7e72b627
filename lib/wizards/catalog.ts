import { contentFileExists } from '@/lib/content-files';

/** The wizards of the URL contract (`/assistants/<id>`). */
const KNOWN_WIZARD_IDS = ['nic-teaming', 'mecm-nouveaux-appareils'] as const;
export type WizardId = (typeof KNOWN_WIZARD_IDS)[number];

/** The wizards whose file is in the content directory: a content directory may hold articles only. */
export const WIZARD_IDS: readonly WizardId[] = KNOWN_WIZARD_IDS.filter((id) => contentFileExists(`wizards/${id}.json`));

export function isWizardId(value: string): value is WizardId {
  return (WIZARD_IDS as readonly string[]).includes(value);
}
