'use client';

import { useState } from 'react';

/**
 * Which instant result the keyboard points at. Arrows move through `count` results; with a single result it
 * is chosen already (Enter opens it). `open` runs the choice, `all` the full results page.
 */
export function useInstantChoice(count: number, actions: { open: (index: number) => void; all: () => void }) {
  const [active, setActive] = useState(-1);
  const selected = active >= 0 && active < count ? active : count === 1 ? 0 : -1;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>, show: () => void) {
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      show();
      setActive((selected + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(selected <= 0 ? count - 1 : selected - 1);
    } else if (event.key === 'Escape') {
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (selected >= 0) actions.open(selected);
      else actions.all();
    }
  }

  return { selected, setActive, onKeyDown };
}
