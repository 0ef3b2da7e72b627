import { foldText } from '@/lib/text/fold';

/**
 * A value stated in a sentence, as customers write it in an e-mail: « la valeur EnrollmentStatus est à 13 »,
 * « l’état d’inscription indique 29 », "EnrollmentStatus shows 13". Only the names of the values our
 * tables explain are read (the enrollment status): a number after any other word is not a status.
 */
const STATUS_NAME =
  "(?:enrollment ?status|enrolment ?status|etat d'inscription|statut d'inscription|code d'inscription|etat de l'inscription|statut de l'inscription)";
/** Verbs and small words between the name and its value, in French and English (at most four). */
const LINK_WORD =
  '(?:est|etait|vaut|valait|affiche|indique|renvoie|retourne|donne|reste|a|la|le|de|du|a la valeur|egale?|egal a|sur|toujours|maintenant|actuellement|is|was|shows|returns|equals|reads|set to|still|now|at|of|value|valeur|=|:)';
const STATED_STATUS = new RegExp(
  `\\b${STATUS_NAME}(?:\\s+${LINK_WORD}){0,4}\\s*[:=]?\\s*(\\d{1,3})\\b(?![.,]\\d)`,
  'g',
);

/** Whether the text names the enrollment status value at all (then its bare numbers are status values). */
export function namesStatusValue(text: string): boolean {
  return new RegExp(`\\b${STATUS_NAME}`).test(foldText(text));
}

export function statedStatuses(text: string): number[] {
  const folded = foldText(text);
  return [...new Set([...folded.matchAll(STATED_STATUS)].map((match) => Number(match[1])))];
}
