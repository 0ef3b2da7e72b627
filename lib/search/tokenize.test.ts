import { describe, expect, it } from 'vitest';
import { keywords } from './tokenize';

describe('keywords', () => {
  it('drops French and English function words, keeps the words that say what is wrong', () => {
    expect(keywords('Le poste ne remonte pas dans le portail')).toEqual(['poste', 'remonte', 'portail']);
    // A question written in English prose: its function words are in every English original.
    expect(keywords('After the device is onboarded, it is never shown, even after more than an hour.')).toEqual([
      'device',
      'onboarded',
      'never',
      'shown',
      'hour',
    ]);
    expect(keywords("I couldn't find where those settings are, should there be some other way?")).toEqual([
      'find',
      'settings',
      'way',
    ]);
  });
});
