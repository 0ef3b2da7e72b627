import type { EventLog } from '@/lib/tables/code-tables-meta';
import { foldText } from '@/lib/text/fold';

/**
 * Event providers and logs by every name agents see: Event Viewer's short « SENSE », the provider
 * `Microsoft-Windows-SENSE`, the channel `…/Operational`, the script's `WDATPOnboarding`, and the product's
 * old names (« Windows Defender Advanced Threat Protection », « Microsoft Defender ATP »). A provider that
 * is none of ours is `other`: its event ids are never read as ours. Generic log names (Application,
 * System…) say nothing about the provider.
 */
export type ProviderLog = EventLog | 'other';

const OLD_PRODUCT_NAMES =
  '(?:windows defender advanced threat protection|windows advanced threat protection|microsoft defender advanced threat protection|(?:windows|microsoft) defender atp|microsoft defender for endpoint|defender for endpoint)';

const PROVIDERS: readonly [RegExp, EventLog][] = [
  [
    new RegExp(
      `^(?:microsoft[- ]windows[- ])?(?:sense|mssense)(?:[/\\\\ ](?:operational|operationnel|op[ée]rationnel))?$|^${OLD_PRODUCT_NAMES}(?: service| sense)?$|^sense (?:agent|service)$`,
    ),
    'sense',
  ],
  [/^(?:wdatp ?onboarding|windowsdefenderatponboarding(?:script)?|onboarding script)$/, 'script'],
  [/^(?:microsoft[- ]windows[- ])?devicemanagement[- ]enterprise[- ]diagnostics?[- ]provider(?:[/\\ ]admin)?$/, 'mdm'],
];

/** Names of logs, not providers: Event Viewer's `Log Name: Application` says nothing about whose event it is. */
const GENERIC_LOGS =
  /^(?:application|applications?|system|systeme|security|securite|setup|installation|operational|operationnel|admin|administration|forwarded events|evenements transferes)$/;

/** The log of a provider or channel name, `other` for another one, undefined for a generic log. */
export function providerLog(name: string): ProviderLog | undefined {
  const folded = foldText(name)
    .replace(/^["'{[(]+|["'}\])]+$/g, '')
    .replace(/\s*[.,;]$/, '')
    .trim();
  if (!folded || GENERIC_LOGS.test(folded)) return undefined;
  for (const [pattern, log] of PROVIDERS) if (pattern.test(folded)) return log;
  return 'other';
}

/** A provider named in running text before an event id (« sense 7 », « WDATPOnboarding event 35 »). */
export const PROVIDER_BEFORE_ID = new RegExp(
  `\\b(microsoft-windows-sense|sense|mssense|wdatponboarding|${OLD_PRODUCT_NAMES})\\s+(?:event\\s+(?:id\\s+)?|evenement\\s+|evt\\s+|id\\s+)?(\\d{1,5})\\b(?![.,:/]\\d)`,
  'g',
);

/**
 * Our services as other providers name them (Service Control Manager's « The Sense service… »): an event of
 * another provider is ours only when its message names one of them.
 */
const OUR_SERVICES = new RegExp(
  `\\b(?:sense|mssense|${OLD_PRODUCT_NAMES}|azure (?:advanced threat protection|atp) sensor(?: updater)?|aatpsensor\\w*|diagtrack|connected user experiences and telemetry)\\b`,
);

export function namesOurService(folded: string): boolean {
  return OUR_SERVICES.test(folded);
}
