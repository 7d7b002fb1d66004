/**
 * A value that changes at most once every `ms` (the newest one wins when the wait is over):
 * a caption that flickered with every throttled request could not be read, and a screen
 * reader must not be flooded.
 */
import { useEffect, useRef, useState } from 'react';

export function useHeld<T>(value: T, ms: number, immediate = false): T {
  const [held, setHeld] = useState(value);
  const last = useRef(0);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    if (Object.is(value, held)) return;
    const wait = immediate ? 0 : last.current + ms - performance.now();
    const timer = setTimeout(
      () => {
        last.current = performance.now();
        setHeld(latest.current);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [value, held, ms, immediate]);
  return held;
}
