import { describe, expect, it } from 'vitest';
import { chartGeometry, fromFirstActive, niceStep } from './chart';

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

describe('fromFirstActive', () => {
  it('drops the rows before the first active one, keeps later empty ones, and keeps all when none is active', () => {
    expect(fromFirstActive([0, 0, 3, 0, 2], (n) => n > 0)).toEqual([3, 0, 2]);
    expect(fromFirstActive([0, 0], (n) => n > 0)).toEqual([0, 0]);
  });
});
