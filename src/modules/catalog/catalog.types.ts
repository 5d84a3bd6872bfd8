import type { Ctx } from '../../platform/context.js';

/** How a device of a model is identified at trade-in. */
export type IdentifierKind = 'imei' | 'serial' | 'none';

export interface ItemGroup {
  id: number;
  tenantId: number | null;
  key: string;
  name: string;
  /** Translations of the name by locale. */
  names: Record<string, string>;
  sortOrder: number;
}

/** An item group's name in `locale`, else in English, else its key name. */
export function itemGroupName(group: Pick<ItemGroup, 'name' | 'names'>, locale: string): string {
  return group.names[locale] ?? group.names.en ?? group.name;
}

export interface Manufacturer {
  id: number;
  tenantId: number | null;
  key: string;
  name: string;
}

/**
 * A tradeable model variant (seed 003 "Model", e.g. "Apple iPhone Xs Max 512GB"), with what
 * pricing, diligence and registration need to know of its family.
 */
export interface CatalogVariant {
  id: number;
  tenantId: number | null;
  key: string;
  itemId: number;
  itemKey: string;
  itemName: string;
  productName: string;
  productNameShort: string;
  productCodes: string[];
  storageGb: number | null;
  itemGroupId: number;
  itemGroupKey: string;
  manufacturerId: number;
  manufacturerKey: string;
  manufacturerName: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when no source knows it. */
  releaseDate: string | null;
  identifierKind: IdentifierKind;
  pictureUrl: string | null;
  /** Launch list price of the family's base storage (demo pricing input), if known. */
  launchPriceUsd: number | null;
  launchPriceEur: number | null;
  baseStorageGb: number | null;
  modelNumbers: string[];
  aliases: string[];
  isActive: boolean;
}

/** Supplies the tenant's price for a working device, shown in model search (pricing provides it). */
export interface WorkingPriceSource {
  /** Prices in the tenant's currency, major units, keyed by variant id; missing = no price. */
  workingPrices(tenant: { id: number; currency: string; settings: Record<string, unknown> }, variantIds: readonly number[]): Promise<Map<number, number>>;
}

/**
 * TAC → model mappings a tenant has learned (the facility confirms them on the bench or imports
 * them; catalog never imports facility). IMEI search of that tenant lists the learned models
 * above the reference TAC table's. Wired with `catalog.setLearnedTacSource`; the source calls
 * `catalog.learnedTacsChanged(tx)` when a mapping is added.
 */
export interface LearnedTacSource {
  /** Every learned TAC (8 digits) of the tenant with the variant it was confirmed for. */
  learnedTacs(ctx: Ctx): Promise<{ tac: string; variantId: number }[]>;
}
