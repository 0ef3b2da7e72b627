'use client';

import { useEffect, useRef } from 'react';

/**
 * Moves focus to the new step's heading when the step changes (not on first load), so keyboard and
 * screen-reader users land on what changed.
 */
export function StepFocus({ stepKey, targetId }: { stepKey: string; targetId: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(targetId)?.focus();
  }, [stepKey, targetId]);
  return null;
}
