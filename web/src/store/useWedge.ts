import { useEffect, useRef } from 'react';

/**
 * A keyboard-wedge (handheld) scanner types the code as a fast burst of keys ending in Enter.
 * A burst of at least `min` digits, each within `gapMs` of the previous, is a scan; people
 * typing are slower, so their keys are left alone.
 */
export function useWedge(onScan: (code: string) => void, options: { min?: number; gapMs?: number } = {}): void {
  const min = options.min ?? 14;
  const gap = options.gapMs ?? 40;
  const cb = useRef(onScan);
  cb.current = onScan;
  useEffect(() => {
    let buffer = '';
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      const now = performance.now();
      if (now - last > gap) buffer = '';
      last = now;
      if (/^\d$/.test(e.key)) {
        buffer += e.key;
      } else if (e.key === 'Enter' && buffer.length >= min) {
        e.preventDefault();
        const code = buffer;
        buffer = '';
        cb.current(code);
      } else if (e.key !== 'Shift') {
        buffer = '';
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [min, gap]);
}
