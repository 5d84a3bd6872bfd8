import { buildColdSearchTerms, buildSearchTerms } from './search-terms.js';
import { mapPool } from '../lib/util.js';
import type { LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

/** Page size a search-as-you-type box shows; the seed's default of 500 is for product trees. */
export const SEARCH_LIMIT = 20;

export const searchPath = (term: string, limit = SEARCH_LIMIT) => `/api/v2/retail/models?term=${encodeURIComponent(term)}&limit=${limit}`;

/**
 * `GET /api/v2/retail/models?term=` with 240 terms from the shipped catalog: names, names with
 * storage, shuffled words, typos, product codes and Luhn-valid IMEIs of real TACs.
 */
export const search: Scenario = {
  name: 'search',
  title: 'GET /api/v2/retail/models?term= (240 terms: names, storage, typos, codes, IMEIs)',
  needs: ['GET /api/v2/retail/models'],
  async setup(ctx) {
    const terms = buildSearchTerms();
    const headers = RETAIL_HEADERS(ctx.apiKey);
    const checked = await mapPool(terms, 10, async (t) => {
      const res = await ctx.retail.request<{ Data?: unknown[]; code?: string }>('GET', searchPath(t.term));
      return { t, res };
    });
    const requests: LoadRequest[] = [];
    let empty = 0;
    const refused: string[] = [];
    for (const { t, res } of checked) {
      if (res.status === 200) {
        requests.push({ method: 'GET', path: searchPath(t.term), headers });
        if (!Array.isArray(res.body.Data) || res.body.Data.length === 0) empty++;
      } else refused.push(`${t.kind} "${t.term}" → ${res.status} ${res.body?.code ?? ''}`);
    }
    ctx.note(`${terms.length} terms; ${requests.length} answered 200 (${empty} with no match), ${refused.length} refused and left out of the mix`);
    if (refused.length) ctx.note(`refused: ${refused.slice(0, 8).join('; ')}${refused.length > 8 ? ' …' : ''}`);
    if (requests.length === 0) throw new Error('no search term was answered with 200');
    return { kind: 'cycle', requests };
  },
};

/**
 * The same kinds of terms, but every request a term not sent before (typo, storage, case and
 * word-order variants of the mix, IMEIs with fresh serials), so no result cache can answer:
 * this measures the search index itself. Informational: the target is on `search`.
 */
export const searchCold: Scenario = {
  name: 'search-cold',
  title: 'GET /api/v2/retail/models?term= (every term new: no result cache can answer)',
  needs: ['GET /api/v2/retail/models'],
  async setup(ctx) {
    const terms = buildColdSearchTerms(120_000);
    const headers = RETAIL_HEADERS(ctx.apiKey);
    ctx.note(`${terms.length.toLocaleString('en-US')} distinct terms, each sent at most once (variants of the 240-term mix)`);
    return { kind: 'cycle', requests: terms.map((term) => ({ method: 'GET', path: searchPath(term), headers })) };
  },
};
