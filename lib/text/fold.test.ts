import { expect, it } from 'vitest';
import { foldText } from './fold';

it('folds accents, case, quotes, ligatures and spaces', () => {
  expect(foldText('Échec du démarrage')).toBe('echec du demarrage');
  expect(foldText('l’opération  OOBE')).toBe("l'operation oobe");
  expect(foldText('cœur «\u00a0SENSE\u00a0»')).toBe('coeur " sense "');
  expect(foldText('Windows\u00a0E5')).toBe('windows e5');
});
