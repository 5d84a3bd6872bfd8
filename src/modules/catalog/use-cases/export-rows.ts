import type { Ctx } from '../../../platform/context.js';
import { ALL, type CatalogEnv } from './env.js';

/** One row of `tradein catalog export` (what the tenant trades). */
export interface ExportRow {
  id: number;
  key: string;
  source: 'reference' | 'tenant';
  group: string;
  manufacturer: string;
  item: string;
  storage_gb: number | null;
  product_name: string;
  product_codes: string;
  model_numbers: string;
  release_date: string | null;
  identifier_kind: string;
  picture_url: string | null;
  price: number | null;
}

/** Everything the tenant trades (reference minus exclusions, plus own products), in stable order. */
export async function exportRows(env: CatalogEnv, ctx: Ctx): Promise<ExportRow[]> {
  const view = await env.index.view(ctx);
  const models = view.browse({ limit: ALL });
  const prices = env.priceSource
    ? await env.priceSource.workingPrices(
        ctx.tenant,
        models.map((m) => m.id),
      )
    : new Map<number, number>();
  return models.map((m) => ({
    id: m.id,
    key: m.key,
    source: m.tenantId === null ? 'reference' : 'tenant',
    group: m.itemGroupKey,
    manufacturer: m.manufacturerName,
    item: m.itemName,
    storage_gb: m.storageGb,
    product_name: m.productName,
    product_codes: m.productCodes.join('|'),
    model_numbers: m.modelNumbers.join('|'),
    release_date: m.releaseDate,
    identifier_kind: m.identifierKind,
    picture_url: m.pictureUrl,
    price: prices.get(m.id) ?? null,
  }));
}
