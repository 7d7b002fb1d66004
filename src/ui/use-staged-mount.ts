import { useEffect, useState } from 'react';

/**
 * False on the first render, true once that render has been painted. Lets a screen draw what
 * matters first and add its extras (a minimap, a grid) in a later, separate task, instead of
 * building everything in one long task that freezes a slow phone.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
