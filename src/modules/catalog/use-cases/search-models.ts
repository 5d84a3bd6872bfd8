import type { Ctx } from '../../../platform/context.js';
import { translate } from '../../../platform/i18n/index.js';
import type { ViewQuery } from '../catalog-index.js';
import { CatalogErrors, CatalogMessages } from '../catalog.errors.js';
import type { CatalogVariant } from '../catalog.types.js';
import { appleSerialShape, imeiShape, isValidImei, tacOf } from '../identifiers.js';
import type { CatalogEnv } from './env.js';

/** Default number of models a search returns (seed 003 §2). */
export const DEFAULT_MODEL_LIMIT = 500;
/** Shorter terms ("ab") cannot identify a model; the seed's other term searches ask for three too. */
export const MIN_TERM_LENGTH = 3;

export interface ModelSearchInput {
  term?: string;
  itemGroupId?: number;
  manufacturerId?: number;
  limit?: number;
}

export interface ModelSearchResult {
  models: CatalogVariant[];
  /** Working-device prices in the tenant currency (major units) by variant id, when pricing is wired. */
  prices: Map<number, number>;
  /** A localized hint when the term was understood but nothing matched (unknown TAC, random serial). */
  hint: string | null;
  matchedBy: 'browse' | 'text' | 'imei' | 'serial';
}

/**
 * Seed 003 §2 model search. No term: the visible models in stable order (tree browsing).
 * A 15-digit term is an IMEI (Luhn-checked, resolved by TAC); an old-format Apple serial
 * resolves by its configuration code when known; anything else is a ranked text search.
 * Served from memory: no database query once the tenant's view is built.
 * @throws B020001 term shorter than 3 characters; B020002 IMEI with a wrong check digit.
 */
export async function searchModels(env: CatalogEnv, ctx: Ctx, input: ModelSearchInput): Promise<ModelSearchResult> {
  const q: ViewQuery = { itemGroupId: input.itemGroupId, manufacturerId: input.manufacturerId, limit: input.limit ?? DEFAULT_MODEL_LIMIT };
  const term = (input.term ?? '').trim();
  const view = await env.index.view(ctx);
  let models: CatalogVariant[];
  let hint: string | null = null;
  let matchedBy: ModelSearchResult['matchedBy'] = 'text';
  if (term === '') {
    models = view.browse(q);
    matchedBy = 'browse';
  } else if ([...term].length < MIN_TERM_LENGTH) {
    throw CatalogErrors.B020001();
  } else if (imeiShape(term)) {
    const imei = imeiShape(term)!;
    if (!isValidImei(imei)) throw CatalogErrors.B020002({ imei });
    const tac = tacOf(imei)!;
    matchedBy = 'imei';
    const found = view.variantsForTac(tac, q);
    models = found ?? [];
    if (!found) hint = translate(CatalogMessages.unknownTac, ctx.locale, { tac });
  } else {
    const serial = appleSerialShape(term);
    const bySerial = serial?.suffix ? view.variantsForSerialSuffix(serial.suffix, q) : null;
    if (bySerial && bySerial.length > 0) {
      models = bySerial;
      matchedBy = 'serial';
    } else {
      models = view.search(term, q);
      if (models.length === 0 && serial) hint = translate(CatalogMessages.serialNoModel, ctx.locale);
    }
  }
  const prices =
    env.priceSource && models.length > 0
      ? await env.priceSource.workingPrices(
          ctx.tenant,
          models.map((m) => m.id),
        )
      : new Map<number, number>();
  return { models, prices, hint, matchedBy };
}
