import { describe, expect, it } from 'vitest';
import { englishStem, frenchStem, StemVocabulary } from './stem';
import { analyze } from './tokenize';

describe('stemming', () => {
  it('brings French word families together, accents or not', () => {
    const family = ['intégrés', 'intégration', 'intégrer', 'intégrée'].map(frenchStem);
    expect(new Set(family)).toEqual(new Set(['integr']));
    expect(frenchStem('appareils')).toBe(frenchStem('appareil'));
    expect(frenchStem('licences')).toBe(frenchStem('licence'));
  });

  it('keeps codes, numbers and identifiers whole', () => {
    expect(frenchStem('0x87d1fde8')).toBe('0x87d1fde8');
    expect(frenchStem('winpcap_mode')).toBe('winpcap_mode');
    expect(frenchStem('1058')).toBe('1058');
  });

  it('stems English words of pasted messages', () => {
    expect(englishStem('failed')).toBe(englishStem('fail'));
    expect(englishStem('onboarded')).toBe(englishStem('onboarding'));
  });

  it('stems an unaccented typed word through the accented form the text uses', () => {
    const vocabulary = new StemVocabulary();
    for (const token of analyze('La fonctionnalité est désactivée. Votre abonnement a expiré.'))
      vocabulary.learn(token);
    const [typed] = analyze('desactivee');
    expect(vocabulary.stemOf(typed!)).toBe(frenchStem('désactivée'));
    const [expired] = analyze('expire');
    expect(vocabulary.stemOf(expired!)).toBe(frenchStem('expiré'));
    // A word the text never had is stemmed as typed.
    const [unknown] = analyze('reinstallation');
    expect(vocabulary.stemOf(unknown!)).toBe(frenchStem('reinstallation'));
  });
});
