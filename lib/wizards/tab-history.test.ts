import { describe, expect, it } from 'vitest';
import { EMPTY_TAB_HISTORY, parseTabHistory, recordPlace, type TabHistory } from './tab-history';

describe('the places of a wizard shown in this tab', () => {
  it('keeps the steps of one path, ascending, once each', () => {
    let history: TabHistory = EMPTY_TAB_HISTORY;
    history = recordPlace(history, { kind: 'start' });
    for (const step of [1, 2, 3, 2, 4]) history = recordPlace(history, { kind: 'step', path: 'existant', step });
    expect(history).toEqual({ path: 'existant', start: true, steps: [1, 2, 3, 4] });
  });

  it('a ticket link at step 10 shows step 10 only', () => {
    expect(recordPlace(EMPTY_TAB_HISTORY, { kind: 'step', path: 'main', step: 10 })).toEqual({
      path: 'main',
      start: false,
      steps: [10],
    });
  });

  it('another answer starts a new list of steps', () => {
    const history = recordPlace(
      { path: 'nouveau', start: true, steps: [1, 2] },
      { kind: 'step', path: 'existant', step: 1 },
    );
    expect(history).toEqual({ path: 'existant', start: true, steps: [1] });
  });

  it.each([null, '', '{', '[]', '"x"', '{"steps":[0,-1,"2",2.5]}'])('reads %j as nothing shown', (raw) => {
    expect(parseTabHistory(raw).steps).toEqual([]);
  });

  it('reads back what it wrote', () => {
    const history = { path: 'main', start: false, steps: [10, 11] };
    expect(parseTabHistory(JSON.stringify(history))).toEqual(history);
  });
});
