import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParams } from '../upgrade/submissions.schemas.js';
import { webCtx } from '../upgrade/session-ctx.js';
import { zodApp, type RouteOptions } from '../route-types.js';

/**
 * What the customer app needs beside seed 001's submission routes: the photo angles a mail-in
 * submission must have before it can be submitted (the tenant's rule for its item group).
 */
export async function mailInRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  zodApp(app).get(
    '/api/:tenant/web/submissions/:id/angles',
    {
      schema: {
        tags: ['web'],
        summary: 'The photo angles the submission needs (required) and those without a photo yet (missing)',
        params: IdParams,
        response: { 200: z.object({ required: z.array(z.string()), missing: z.array(z.string()) }) },
      },
    },
    async (request) => deps.modules.submissions.angles(webCtx(request), request.params.id),
  );
}
