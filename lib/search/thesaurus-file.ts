import { z } from 'zod';
import { ContentError } from '@/lib/content-error';
import { parseDataFile, readContentFile } from '@/lib/content-files';
import { EMPTY_THESAURUS, type Thesaurus } from './thesaurus';

const THESAURUS_FILE = 'search/thesaurus.json';

const word = z.string().trim().min(1).max(60);
/**
 * A negated term (« marche pas », "not found") is refused: negation words are not indexed, so its other
 * words alone would stand for the opposite of what it says.
 */
const NEGATION = /(?:^|[\s'’])(?:pas|not|non|plus|ne|n|jamais|no|cannot)(?=[\s'’]|$)/i;
const term = word.refine((value) => !NEGATION.test(value), {
  message: 'terme négatif refusé (ses autres mots diraient le contraire)',
});
const entry = z.strictObject({ terms: z.array(term).min(1), means: z.array(word).min(1) });
export const thesaurusSchema = z.strictObject({
  about: z.string().optional(),
  french: z.array(entry),
  english: z.array(entry),
});

export function parseThesaurus(text: string): Thesaurus {
  const { french, english } = parseDataFile(THESAURUS_FILE, text, thesaurusSchema);
  return { french, english };
}

/** The thesaurus of the content folder, validated (a broken file fails the build with file:line). */
export function loadThesaurus(): Thesaurus {
  let text: string;
  try {
    text = readContentFile(THESAURUS_FILE);
  } catch (error) {
    // A content folder of articles only (an imported corpus) has no thesaurus of its own.
    if (error instanceof ContentError && /introuvable/.test(error.message)) return EMPTY_THESAURUS;
    throw error;
  }
  return parseThesaurus(text);
}
