import { describe, expect, it } from 'vitest';
import {
  calloutStart,
  isDivMarker,
  isTableFurniture,
  stripComments,
  unknownMarkers,
  unquote,
  zoneMarker,
} from './blocks';
import { htmlTableToRows, normalizeCellBreaks } from './tables';

describe('block constructs', () => {
  it('reads callout openers and quoted lines', () => {
    expect(calloutStart('  > [!IMPORTANT]')).toEqual({ indent: '  ', type: 'important' });
    expect(calloutStart('> [!div class="checklist"]')).toBeUndefined();
    expect(isDivMarker('> [!div class="nextstepaction"]')).toBe(true);
    expect(unquote('  > texte', '  ')).toBe('  texte');
    expect(unquote('texte', '')).toBeUndefined();
  });

  it('reads zone and moniker markers', () => {
    expect(zoneMarker('::: zone pivot="windows"')).toEqual({ kind: 'zone', end: false, condition: 'pivot="windows"' });
    expect(zoneMarker('::: moniker-end')).toEqual({ kind: 'moniker', end: true, condition: '' });
    expect(zoneMarker(':::image type="content":::')).toBeUndefined();
  });

  it('removes comments, on one line or across lines', () => {
    expect(stripComments('a <!-- b --> c', false)).toEqual({ text: 'a  c', open: false });
    expect(stripComments('a <!-- b', false)).toEqual({ text: 'a ', open: true });
    expect(stripComments('still -->end', true)).toEqual({ text: 'end', open: false });
  });

  it('recognises table furniture and unknown markers', () => {
    expect(isTableFurniture('****')).toBe(true);
    expect(unknownMarkers('> [!VIDEO https://x]')).toEqual(['[!VIDEO]']);
    expect(unknownMarkers(':::row:::')).toEqual([':::row']);
  });
});

describe('tables', () => {
  it('turns <p> and <br> in cells into MDX line breaks', () => {
    expect(normalizeCellBreaks('|a<p>b|c<br>d|')).toBe('|a<br /><br />b|c<br />d|');
  });

  it('turns an HTML table into GFM rows', () => {
    expect(
      htmlTableToRows('<table><tr><th>ID</th><th>Texte</th></tr>\n<tr><td>5</td><td>a<br>b | c</td></tr></table>'),
    ).toEqual(['| ID | Texte |', '| --- | --- |', '| 5 | a<br />b \\| c |']);
  });
});
