import type { LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

const LOCALES = ['en', 'de', 'sv', 'tr'];

/**
 * The product tree of seed 003 §2 as a customer browses it: `GET /api/v2/retail/itemgroups`,
 * then `GET /api/v2/retail/manufacturers?ItemGroupId=` of each group (mobiles has ~2,700
 * manufacturers, the largest answer) — both answered from memory, in four languages.
 */
export const tree: Scenario = {
  name: 'tree',
  title: 'GET /api/v2/retail/itemgroups + /manufacturers?ItemGroupId= (every group, 4 languages)',
  needs: ['GET /api/v2/retail/itemgroups', 'GET /api/v2/retail/manufacturers'],
  async setup(ctx) {
    const groups = await ctx.retail.get<{ Data: { Id: number; Name: string }[] }>('/api/v2/retail/itemgroups');
    if (!groups.Data.length) throw new Error('no item groups');
    const requests: LoadRequest[] = [];
    for (const [i, lang] of LOCALES.entries()) {
      requests.push({ method: 'GET', path: '/api/v2/retail/itemgroups', headers: RETAIL_HEADERS(ctx.apiKey, { 'accept-language': lang }) });
      for (const g of groups.Data) {
        requests.push({
          method: 'GET',
          path: `/api/v2/retail/manufacturers?ItemGroupId=${g.Id}`,
          headers: RETAIL_HEADERS(ctx.apiKey, { 'accept-language': LOCALES[(i + g.Id) % LOCALES.length] }),
        });
      }
    }
    const first = await ctx.retail.get<{ Data: unknown[] }>(`/api/v2/retail/manufacturers?ItemGroupId=${groups.Data[0].Id}`);
    ctx.note(`${groups.Data.length} item groups; ${first.Data.length} manufacturers in "${groups.Data[0].Name}"`);
    return { kind: 'cycle', requests };
  },
};
