import { mapPool, rng } from '../lib/util.js';
import { activeCampaigns, findModels, formExtras, gradingForm, quoteRequest, randomAnswers } from './flow.js';
import type { LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

/**
 * `POST /api/v2/retail/price-quote`: 50 models × 10 answer sets (a customer changing answers),
 * some with extras, some with the Find-My SystemExtra, a third with the running campaign.
 * Every quote is stored, so this is a write per request.
 */
export const priceQuote: Scenario = {
  name: 'price-quote',
  title: 'POST /api/v2/retail/price-quote (50 models × 10 answer sets, ⅓ with a campaign)',
  needs: ['GET /api/v2/retail/models', 'GET /api/v2/retail/models/{id}/grading-form', 'POST /api/v2/retail/price-quote'],
  async setup(ctx) {
    const r = rng(5);
    const models = await findModels(ctx, 50);
    const campaigns = await activeCampaigns(ctx);
    const headers = RETAIL_HEADERS(ctx.apiKey);
    const candidates: LoadRequest[] = [];
    await mapPool(models, 8, async (m) => {
      const form = await gradingForm(ctx.retail, m.Id).catch(() => null);
      if (!form) return;
      const extras = formExtras(form);
      for (let i = 0; i < 10; i++) {
        const body = quoteRequest(form, m.Id, {
          answers: randomAnswers(r, form),
          extras: extras.filter(() => r() < 0.5),
          systemExtras: r() < 0.2 ? [1] : [],
          campaignId: campaigns.length && i % 3 === 0 ? campaigns[i % campaigns.length] : 0,
        });
        candidates.push({ method: 'POST', path: '/api/v2/retail/price-quote', headers, body: JSON.stringify(body) });
      }
    });
    const requests: LoadRequest[] = [];
    const refused = new Map<string, number>();
    await mapPool(candidates, 8, async (c) => {
      const res = await ctx.retail.request<{ code?: string; message?: string }>('POST', c.path, JSON.parse(c.body!));
      if (res.status === 200 || res.status === 201) requests.push(c);
      else {
        const k = `${res.status} ${res.body?.code ?? ''} ${res.body?.message ?? ''}`.trim();
        refused.set(k, (refused.get(k) ?? 0) + 1);
      }
    });
    ctx.note(
      `${models.length} models, ${campaigns.length} active campaign(s); ${requests.length}/${candidates.length} quote requests accepted` +
        (refused.size ? `; refused: ${[...refused].map(([k, n]) => `${n}× ${k}`).join('; ')}` : ''),
    );
    if (!requests.length) throw new Error('no quote request was accepted');
    return { kind: 'cycle', requests };
  },
};
