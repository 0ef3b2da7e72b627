import { describe, expect, it } from 'vitest';
import { chartGeometry, niceStep } from './chart';

describe('trend chart geometry', () => {
  it('picks round steps', () => {
    expect([0, 3, 9, 40, 130, 999].map((max) => niceStep(max))).toEqual([1, 1, 5, 10, 50, 500]);
  });

  it('places the weeks left to right and the values bottom to top, the largest under the top tick', () => {
    const chart = chartGeometry([{ name: 'Recherches', values: [0, 10, 20] }], 240, 140);
    expect(chart.xs).toEqual([40, 134, 228]);
    expect(chart.lines[0]?.points).toBe('40,112 134,62 228,12');
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20]);
  });

  it('draws empty weeks on the baseline', () => {
    const chart = chartGeometry([{ name: 'Non', values: [0, 0] }]);
    expect(chart.lines[0]?.dots.every((dot) => dot.y === chart.plot.bottom)).toBe(true);
  });
});
