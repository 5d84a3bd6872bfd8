import { useCallback, useEffect, useState } from 'react';

/** Loads once per `key` (and on `reload`): data, the error to show, and a way to load again. */
export function useLoad<T>(load: () => Promise<T>, key: string): { data: T | undefined; error: unknown; reload(): void } {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [key, n]); // `load` changes every render; `key` names what it loads
  return { data: state.data, error: state.error, reload: useCallback(() => setN((x) => x + 1), []) };
}
