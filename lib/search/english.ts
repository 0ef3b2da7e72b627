/**
 * Search reads the English originals through the one alignment (`lib/english/align.ts`): the same sections
 * and rows the article pages, the `.md` export and the tickets show under « Original anglais ».
 */
export {
  codesOfCell,
  docfxId,
  englishArticle,
  englishGaps,
  englishRowText,
  englishSectionText,
  parseEnglishArticle,
  type EnglishArticle,
} from '@/lib/english/align';
