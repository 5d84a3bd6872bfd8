import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../platform/errors/index.js';

/**
 * Seed 002's two non-standard error bodies (406 `non_field_errors` for a missing pickup
 * address, 400 `{ quantity }`); everything else goes on to the surface's error handler.
 */
export function useSeedErrorShapes(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    if (isAppError(err) && err.code === 'cancellation_request_100_8') {
      return reply.status(406).send({ non_field_errors: err.localizedMessage(request.locale), error_code: err.code });
    }
    if (isAppError(err) && err.code === 'B300001') {
      return reply.status(400).send({ quantity: err.localizedMessage(request.locale) });
    }
    throw err;
  });
}
