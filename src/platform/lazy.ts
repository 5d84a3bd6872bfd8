/**
 * A loader that runs `load` on its first call and hands every caller the same promise; a load
 * that failed is tried again on the next call. For heavy libraries imported where they are used
 * (`lazy(() => import('sharp'))`) rather than at start: a process that never resizes a photo or
 * renders a PDF never pays their start-up time and memory.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = null;
      throw err;
    }));
}
