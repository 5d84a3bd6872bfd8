import { mapPool } from '../lib/util.js';
import { findModels } from './flow.js';
import type { LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

const LOCALES = ['en', 'de', 'sv', 'tr'];

/** `GET /api/v2/retail/models/{id}/grading-form` for up to 100 models in four languages. */
export const gradingForm: Scenario = {
  name: 'grading-form',
  title: 'GET /api/v2/retail/models/{id}/grading-form (100 models × 4 languages)',
  needs: ['GET /api/v2/retail/models', 'GET /api/v2/retail/models/{id}/grading-form'],
  async setup(ctx) {
    const models = await findModels(ctx, 100);
    const requests: LoadRequest[] = [];
    const refused: string[] = [];
    await mapPool(models, 8, async (m, i) => {
      const req: LoadRequest = {
        method: 'GET',
        path: `/api/v2/retail/models/${m.Id}/grading-form`,
        headers: RETAIL_HEADERS(ctx.apiKey, { 'accept-language': LOCALES[i % LOCALES.length] }),
      };
      const res = await ctx.retail.request<{ code?: string }>('GET', req.path, undefined, req.headers);
      if (res.status === 200) requests.push(req);
      else refused.push(`${m.ProductName} → ${res.status} ${res.body?.code ?? ''}`);
    });
    ctx.note(`${models.length} models from search; ${requests.length} forms served${refused.length ? `, refused: ${refused.slice(0, 5).join('; ')}` : ''}`);
    if (!requests.length) throw new Error('no grading form was served');
    return { kind: 'cycle', requests };
  },
};
