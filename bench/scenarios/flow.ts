/**
 * Client-side steps of the seed 003 flow, as a retail integration performs them: find models,
 * read the grading form, quote, check due diligence. Used by the scenarios to prepare data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchTerms } from './search-terms.js';
import { HttpError, type Http } from '../lib/http.js';
import { imeiFor, mapPool, pick, rng } from '../lib/util.js';
import { searchPath } from './search.js';
import type { BenchContext } from './types.js';

export interface RetailModel {
  Id: number;
  ItemId: number;
  ItemName: string;
  ProductName: string;
  ItemGroupId: number;
  Price: number;
}

export interface GradingForm {
  Id: number;
  Questions: Array<{ Id: number; Answers: Array<{ Id: number; Score: number }> }>;
  Extras: Array<{ Id: number } | number>;
  SystemExtras: Array<{ Id: number } | number>;
}

export interface PriceQuoteRequest {
  GradingForm: { Answers: Record<string, number[]>; Extras: number[]; SystemExtras: number[]; GradingDifferenceImages: Record<string, never> };
  ModelId: number;
  ItemIdentifier: string | null;
  LocationId: null;
  AgentId: null;
  TradeInChannel: number;
  TradeInType: number;
  CampaignId: number;
}

const idOf = (x: { Id: number } | number) => (typeof x === 'number' ? x : x.Id);

/** Distinct priced models found by searching the catalog's real model names (search-as-you-type). */
export async function findModels(ctx: BenchContext, max: number): Promise<RetailModel[]> {
  const terms = buildSearchTerms().filter((t) => t.kind === 'name' || t.kind === 'storage');
  const found = new Map<number, RetailModel>();
  await mapPool(terms, 8, async (t) => {
    const res = await ctx.retail.request<{ Data?: RetailModel[] }>('GET', searchPath(t.term, 5));
    for (const m of res.body?.Data ?? []) if (m.Price > 0 && found.size < max) found.set(m.Id, m);
  });
  return [...found.values()];
}

export function gradingForm(http: Http, modelId: number): Promise<GradingForm> {
  return http.get<GradingForm>(`/api/v2/retail/models/${modelId}/grading-form`);
}

/** The highest-scoring answer of every question (the seed's "all Yes" max price). */
export function bestAnswers(form: GradingForm): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const q of form.Questions) {
    const best = [...q.Answers].sort((a, b) => b.Score - a.Score)[0];
    if (best) out[String(q.Id)] = [best.Id];
  }
  return out;
}

/** A customer changing answers: each question's answer drawn at random (best more often). */
export function randomAnswers(r: () => number, form: GradingForm): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const q of form.Questions) {
    if (!q.Answers.length) continue;
    const best = [...q.Answers].sort((a, b) => b.Score - a.Score)[0];
    out[String(q.Id)] = [r() < 0.6 ? best.Id : pick(r, q.Answers).Id];
  }
  return out;
}

export function quoteRequest(
  form: GradingForm,
  modelId: number,
  opts: { answers: Record<string, number[]>; extras?: number[]; systemExtras?: number[]; identifier?: string | null; campaignId?: number },
): PriceQuoteRequest {
  return {
    GradingForm: { Answers: opts.answers, Extras: opts.extras ?? [], SystemExtras: opts.systemExtras ?? [], GradingDifferenceImages: {} },
    ModelId: modelId,
    ItemIdentifier: opts.identifier ?? null,
    LocationId: null,
    AgentId: null,
    TradeInChannel: 0,
    TradeInType: 0,
    CampaignId: opts.campaignId ?? 0,
  };
}

export function formExtras(form: GradingForm): number[] {
  return (form.Extras ?? []).map(idOf);
}

/** Ids of the campaigns the API lists as Active now. */
export async function activeCampaigns(ctx: BenchContext): Promise<number[]> {
  if (!ctx.routes.has('GET /api/v2/retail/campaigns/list')) return [];
  const res = await ctx.retail.get<{ Data?: Array<{ Id: number; Status: string }> }>('/api/v2/retail/campaigns/list');
  return (res.Data ?? []).filter((c) => c.Status === 'Active').map((c) => c.Id);
}

interface TacFile {
  tacs: Record<string, string[]>;
}

/** Real TACs (first 8 IMEI digits) whose models the tenant prices, found through IMEI search. */
export async function imeiModels(ctx: BenchContext, max: number): Promise<Array<{ tac: string; model: RetailModel }>> {
  const catalogDir = path.resolve(import.meta.dirname, '../../catalog-data');
  const tacs = (JSON.parse(fs.readFileSync(path.join(catalogDir, 'tac.json'), 'utf8')) as TacFile).tacs;
  const curated = new Set(
    (JSON.parse(fs.readFileSync(path.join(catalogDir, 'catalog.json'), 'utf8')) as { items: Array<{ key: string; sources: string[] }> }).items
      .filter((i) => i.sources.includes('curated'))
      .map((i) => i.key),
  );
  const candidates = Object.keys(tacs).filter((t) => tacs[t].some((k) => curated.has(k)));
  const r = rng(11);
  const out: Array<{ tac: string; model: RetailModel }> = [];
  const usedModels = new Set<number>();
  await mapPool(candidates, 8, async (tac) => {
    if (out.length >= max) return;
    const res = await ctx.retail.request<{ Data?: RetailModel[] }>('GET', searchPath(imeiFor(tac, Math.floor(r() * 1e6)), 5));
    const model = (res.body?.Data ?? []).find((m) => m.Price > 0 && !usedModels.has(m.Id));
    if (model && out.length < max) {
      usedModels.add(model.Id);
      out.push({ tac, model });
    }
  });
  return out;
}

/** A unique serial space per run so identifiers never collide with an earlier trade-in. */
let serialCursor = Math.floor(Math.random() * 500_000);
export const nextImei = (tac: string) => imeiFor(tac, serialCursor++);

interface DdReport {
  FraudCheckResults?: Array<{ Result: string; ResultId: number }>;
  FmipCheckResults?: Array<{ Result: string; ResultId: number }>;
}

/**
 * Due diligence as the seed orders it: check → report → the SystemExtras to quote with
 * (Find-My "Activated" → 1). The store agent attests the Find-My status where no provider
 * checks it (`fmipActivated`). Returns null when the report does not let the device through
 * (anything but Passed / Activated / NotActivated / NotApplicable): a real client stops there.
 */
export async function dueDiligence(
  http: Http,
  modelId: number,
  imei: string,
  fmipActivated: boolean,
): Promise<{ reportId: string; systemExtras: number[] } | null> {
  const reportId = await http.post<string>('/api/v2/retail/duediligence/check', {
    ModelId: modelId,
    ItemIdentifier: imei,
    FmipAttestation: fmipActivated ? 'Activated' : 'NotActivated',
  });
  const report = await http.get<DdReport>(`/api/v2/retail/duediligence/report/${reportId}`);
  const fraud = report.FraudCheckResults ?? [];
  const fmip = report.FmipCheckResults ?? [];
  if (!fraud.every((f) => f.Result === 'Passed')) return null;
  if (!fmip.every((f) => ['Activated', 'NotActivated', 'NotApplicable', 'Not activated', 'Not Applicable'].includes(f.Result))) return null;
  return { reportId, systemExtras: fmip.some((f) => f.Result === 'Activated') ? [1] : [] };
}

/** Runs `make` for `count` indexes with 50 in flight, collecting successes and a sample of failures. */
export async function prepareMany<T>(ctx: BenchContext, count: number, make: (i: number) => Promise<T | null>, skipReason = 'skipped'): Promise<T[]> {
  const out: T[] = [];
  let skipped = 0;
  const failures = new Map<string, number>();
  const t0 = Date.now();
  await mapPool(
    Array.from({ length: count }, (_, i) => i),
    ctx.connections,
    async (i) => {
      try {
        const v = await make(i);
        if (v !== null) out.push(v);
        else skipped++;
      } catch (err) {
        const raw = err instanceof HttpError ? `${err.method} ${err.path} → ${err.status} ${err.text.slice(0, 200)}` : (err as Error).message;
        // Group by cause: ids, identifiers and uuids differ per item.
        const key = raw
          .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<uuid>')
          .replace(/\d{4,}/g, '<n>')
          .replace(/\/\d+\//g, '/<id>/');
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    },
  );
  ctx.log(`prepared ${out.length}/${count} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (skipped) ctx.note(`${skipped} of ${count} left out: ${skipReason}`);
  for (const [k, n] of failures) ctx.note(`preparation failed ${n}×: ${k}`);
  if (out.length === 0) throw new Error(`nothing could be prepared: ${[...failures.keys()][0] ?? 'no reason'}`);
  return out;
}
