import { mapPool } from '../lib/util.js';
import { bestAnswers, dueDiligence, gradingForm, imeiModels, nextImei, prepareMany, quoteRequest, type GradingForm, type RetailModel } from './flow.js';
import type { BenchContext, LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

interface DataField {
  IsCampaignField: boolean;
  IsRequired: boolean;
  Scope: string;
  DataFieldId: number;
  DataFieldName: string;
  DataFieldTemplateType: string;
  ListOptions: Array<string | { Value?: string; Id?: number | string; Name?: string }>;
}

/** A valid, unique value for every required private-customer field (as a POS form would fill it). */
export async function customDataFields(ctx: BenchContext): Promise<(i: number) => Array<{ DataFieldId: number; DataFieldValue: string }>> {
  if (!ctx.routes.has('GET /api/v2/retail/configurations/data-fields')) return () => [];
  const res = await ctx.retail.get<DataField[] | { Data: DataField[] }>('/api/v2/retail/configurations/data-fields');
  const fields = (Array.isArray(res) ? res : (res.Data ?? [])).filter(
    (f) => f.IsRequired && !f.IsCampaignField && (f.Scope === '' || /private/i.test(f.Scope)),
  );
  return (i) =>
    fields.map((f) => {
      const opt = f.ListOptions?.[0];
      const listValue = typeof opt === 'string' ? opt : String(opt?.Value ?? opt?.Id ?? opt?.Name ?? '');
      const value: Record<string, string> = {
        Email: `bench.customer${i}@example.com`,
        Phone: `+4670${String(1_000_000 + i).padStart(7, '0')}`,
        Number: String(1000 + i),
        Date: '1990-01-01',
        Checkbox: 'true',
        List: listValue,
      };
      return { DataFieldId: f.DataFieldId, DataFieldValue: value[f.DataFieldTemplateType] ?? `Bench ${f.DataFieldName} ${i}` };
    });
}

export interface TradeInTarget {
  tac: string;
  model: RetailModel;
  form: GradingForm;
}

/** Models reachable by IMEI, with their grading forms. */
export async function tradeInTargets(ctx: BenchContext, max = 30): Promise<TradeInTarget[]> {
  const found = await imeiModels(ctx, max);
  const targets = (await mapPool(found, 8, async (f) => ({ ...f, form: await gradingForm(ctx.retail, f.model.Id).catch(() => null) }))).filter(
    (t): t is TradeInTarget => t.form !== null,
  );
  if (!targets.length) throw new Error('no IMEI-identifiable priced model with a grading form found');
  ctx.note(`${targets.length} IMEI-identifiable models (real TACs) used`);
  return targets;
}

/** One device ready to register: a fresh identifier, its due-diligence report and a fresh quote. */
export async function preparedDevice(ctx: BenchContext, t: TradeInTarget): Promise<{ imei: string; quoteId: string; model: RetailModel } | null> {
  const imei = nextImei(t.tac);
  // One device in five has Find My still on (the seed's SystemExtra 1: the price is reduced).
  const dd = await dueDiligence(ctx.retail, t.model.Id, imei, Number(imei.slice(-2, -1)) % 5 === 0);
  if (!dd) return null;
  const quote = await ctx.retail.post<{ PriceQuoteId: string }>(
    '/api/v2/retail/price-quote',
    quoteRequest(t.form, t.model.Id, { answers: bestAnswers(t.form), systemExtras: dd.systemExtras, identifier: imei }),
  );
  return { imei, quoteId: quote.PriceQuoteId, model: t.model };
}

/**
 * `POST /api/v2/retail/tradeins`: each request registers one device with its own fresh quote and
 * due-diligence report (prepared before the window, so only the registration is timed).
 */
export const register: Scenario = {
  name: 'register',
  title: 'POST /api/v2/retail/tradeins (each with its own fresh quote and due-diligence report)',
  needs: [
    'POST /api/v2/retail/price-quote',
    'POST /api/v2/retail/duediligence/check',
    'GET /api/v2/retail/duediligence/report/{reportId}',
    'POST /api/v2/retail/tradeins',
  ],
  async setup(ctx) {
    const targets = await tradeInTargets(ctx);
    const fields = await customDataFields(ctx);
    const headers = RETAIL_HEADERS(ctx.apiKey);
    let n = 0;
    return {
      kind: 'queue',
      prepare: (count) =>
        prepareMany<LoadRequest>(
          ctx,
          count,
          async (i) => {
            const d = await preparedDevice(ctx, targets[i % targets.length]);
            if (!d) return null;
            const k = n++;
            const body = {
              TradeInDevices: [{ PriceQuoteId: d.quoteId, DeviceIdentifier: d.imei }],
              CustomDataFields: fields(k),
              IsCorporate: false,
              OrganizationName: null,
              ClientFirstName: 'Bench',
              ClientLastName: `Customer ${k}`,
              AgentId: null,
              AgentRef: null,
              LocationId: null,
              LocationRef: null,
              TradeInRef: `BENCH-${process.pid}-${k}`,
            };
            return { method: 'POST', path: '/api/v2/retail/tradeins', headers, body: JSON.stringify(body) };
          },
          'due-diligence report not Passed (the client stops there)',
        ),
    };
  },
};
