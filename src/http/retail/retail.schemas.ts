import { z } from 'zod';

/** Query parameters every retail call accepts (`api-version=2.0` as in seed 003). */
export const RetailHeaders = z.object({
  'api-version': z.string().max(10).optional(),
});
