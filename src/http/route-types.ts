import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';

/** Options every route plugin receives. */
export interface RouteOptions {
  deps: AppDeps;
}

/** A fastify instance typed for zod schemas. */
export type ZodApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

export function zodApp(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
