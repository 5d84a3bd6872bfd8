import { defineErrors } from '../errors/index.js';

/** Errors of the render pool. */
export const RenderErrors = defineErrors({
  /** Every render thread is busy and the queue is full; the client should retry shortly. */
  R000090: {
    kind: 'rate_limited',
    en: 'Documents are being prepared for many requests right now. Try again in {seconds} seconds.',
  },
});
