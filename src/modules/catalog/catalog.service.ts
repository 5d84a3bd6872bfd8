import type { CacheBus } from '../../platform/cache/index.js';
import { withTransaction, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { translate } from '../../platform/i18n/index.js';
import { toMinor } from '../../platform/money/index.js';
import { CatalogIndexCache, type ViewQuery } from './catalog-index.js';
import { CatalogErrors, CatalogMessages } from './catalog.errors.js';
import { catalogIndexRepository, catalogRepository, type ExclusionRecord, type ProductUpsert } from './catalog.repository.js';
import { ExclusionInput, ItemGroupInput, ProductRowInput } from './catalog.schemas.js';
import type { CatalogVariant, ItemGroup, LearnedTacSource, WorkingPriceSource } from './catalog.types.js';
import { appleSerialShape, imeiShape, isValidImei, tacOf } from './identifiers.js';
import { compareStable } from './search/search-index.js';
import { buildProductTree, ProductTreeCache, type TreeManufacturer } from './product-tree.js';
import { variantsByIds } from './variant-lookup.js';

/** Default number of models a search returns (seed 003 §2). */
export const DEFAULT_MODEL_LIMIT = 500;
const ALL = Number.MAX_SAFE_INTEGER;
const EMPTY: TreeManufacturer[] = [];
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

/** One row of a product import: its line in the file and the raw fields. */
export interface ImportRow {
  line: number;
  data: unknown;
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  errors: { line: number; reason: string }[];
  /** Variant id by row key of every imported row. */
  ids: Map<string, number>;
  /** Rows with a price column, ready for `pricing.upsertBasePrices` (tenant base currency). */
  prices: { variantId: number; amountMinor: number }[];
}

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

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function storageLabel(gb: number | undefined): string {
  if (!gb) return '';
  return gb >= 1024 && gb % 1024 === 0 ? ` ${gb / 1024}TB` : ` ${gb}GB`;
}

/**
 * The catalog's use cases: lookups other modules rely on, model search and identification
 * (IMEI/TAC, Apple serials) from an in-memory index, tenant exclusions, item groups and own
 * products, import and export.
 */
export class CatalogService {
  private priceSource: WorkingPriceSource | null = null;
  private learnedSource: LearnedTacSource | null = null;
  private readonly index: CatalogIndexCache;
  private readonly cache: CacheBus | undefined;
  private readonly tree: ProductTreeCache;

  constructor(deps: { db?: Db; cache?: CacheBus } = {}) {
    this.cache = deps.cache;
    this.index = new CatalogIndexCache(deps.cache);
    this.tree = new ProductTreeCache(deps.cache);
  }

  /** Pricing registers itself here at wiring time (catalog must not import pricing). */
  setWorkingPriceSource(source: WorkingPriceSource): void {
    this.priceSource = source;
  }

  get workingPriceSource(): WorkingPriceSource | null {
    return this.priceSource;
  }

  /** The facility registers the tenants' learned TAC map here at wiring time (catalog never imports it). */
  setLearnedTacSource(source: LearnedTacSource): void {
    this.learnedSource = source;
    this.index.setLearnedTacSource(source);
  }

  /** A learned TAC was added for the tenant: its search view is rebuilt (every process, on commit). */
  learnedTacsChanged(tx: Ctx): Promise<void> {
    return this.invalidate(tx, tx.tenant.id);
  }

  /** A variant the tenant trades (reference or own, not excluded), or null. */
  getVariant(ctx: Ctx, id: number): Promise<CatalogVariant | null> {
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return Promise.resolve(null);
    return catalogRepository.variantById(ctx, id);
  }

  getVariants(ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
    return variantsByIds(this.index, ctx, ids);
  }

  allVariants(ctx: Ctx): Promise<CatalogVariant[]> {
    return catalogRepository.allVariants(ctx);
  }

  /** The tenant's product tree (seed 003 §2), from memory once built; see `product-tree.ts`. */
  private productTree(ctx: Ctx) {
    return this.tree.get(ctx, async () => {
      const [itemGroups, view] = await Promise.all([catalogRepository.itemGroups(ctx), this.index.view(ctx)]);
      return buildProductTree(ctx, { itemGroups, variants: view.browse({ limit: ALL }), prices: this.priceSource });
    });
  }

  /** Item groups the tenant trades (not excluded), by sort order; from memory. */
  async listItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
    return (await this.productTree(ctx)).itemGroups;
  }

  /**
   * Manufacturers with models the tenant trades (of one item group, or all), by relevance:
   * recent priced models first, then older priced ones, then the long tail; without the ones
   * `settings.catalog.tree` hides. From memory (the same array until the tree changes).
   */
  async listManufacturers(ctx: Ctx, itemGroupId?: number): Promise<TreeManufacturer[]> {
    return (await this.productTree(ctx)).manufacturers.get(itemGroupId ?? 0) ?? EMPTY;
  }

  /** Active variants the tenant trades of the model families a TAC (first 8 IMEI digits) belongs to. */
  async variantsForTac(ctx: Ctx, tac: string): Promise<CatalogVariant[]> {
    if (!/^\d{8}$/.test(tac)) return [];
    // Inside a transaction (PGlite has one connection) never wait for an index load that
    // another request may be running on the root handle: ask the database directly.
    if (ctx.db.inTransaction && !this.index.isReady(ctx.tenant.id)) {
      const learnedIds = this.learnedSource ? (await this.learnedSource.learnedTacs(ctx)).filter((x) => x.tac === tac).map((x) => x.variantId) : [];
      const learnedItems = [...new Set((await catalogRepository.variantsByIds(ctx, learnedIds)).map((v) => v.itemId))];
      const refItems = (await catalogRepository.itemIdsForTac(ctx, tac)).filter((id) => !learnedItems.includes(id));
      const active = async (items: number[]) =>
        items.length ? (await catalogIndexRepository.variantsByItemIds(ctx, items)).filter((v) => v.isActive).sort(compareStable) : [];
      return [...(await active(learnedItems)), ...(await active(refItems))];
    }
    const view = await this.index.view(ctx);
    return view.variantsForTac(tac, { limit: ALL }) ?? [];
  }

  /**
   * Seed 003 §2 model search. No term: the visible models in stable order (tree browsing).
   * A 15-digit term is an IMEI (Luhn-checked, resolved by TAC); an old-format Apple serial
   * resolves by its configuration code when known; anything else is a ranked text search.
   * Served from memory: no database query once the tenant's view is built.
   * @throws B020001 term shorter than 3 characters; B020002 IMEI with a wrong check digit.
   */
  async searchModels(ctx: Ctx, input: ModelSearchInput): Promise<ModelSearchResult> {
    const q: ViewQuery = { itemGroupId: input.itemGroupId, manufacturerId: input.manufacturerId, limit: input.limit ?? DEFAULT_MODEL_LIMIT };
    const term = (input.term ?? '').trim();
    const view = await this.index.view(ctx);
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
      this.priceSource && models.length > 0
        ? await this.priceSource.workingPrices(
            ctx.tenant,
            models.map((m) => m.id),
          )
        : new Map<number, number>();
    return { models, prices, hint, matchedBy };
  }

  // ---- tenant control ----

  listExclusions(ctx: Ctx): Promise<ExclusionRecord[]> {
    return catalogIndexRepository.exclusions(ctx);
  }

  /**
   * Stops the tenant trading a whole item group, a manufacturer, a model family or one variant
   * (idempotent).
   * @throws N020001–N020004 when the target does not exist for the tenant.
   */
  async addExclusion(ctx: Ctx, input: ExclusionInput): Promise<ExclusionRecord> {
    const { kind, id } = ExclusionInput.parse(input);
    return withTransaction(ctx, async (tx) => {
      if (!(await catalogIndexRepository.targetExists(tx, kind, id))) {
        throw { item_group: CatalogErrors.N020001, manufacturer: CatalogErrors.N020002, item: CatalogErrors.N020003, variant: CatalogErrors.N020004 }[kind]({
          id,
        });
      }
      const record = await catalogIndexRepository.addExclusion(tx, kind, id);
      await this.invalidate(tx, ctx.tenant.id);
      return record;
    });
  }

  /** @throws N020005 when the exclusion does not exist for the tenant. */
  async removeExclusion(ctx: Ctx, exclusionId: number): Promise<void> {
    await withTransaction(ctx, async (tx) => {
      if (!(await catalogIndexRepository.removeExclusion(tx, exclusionId))) throw CatalogErrors.N020005({ id: exclusionId });
      await this.invalidate(tx, ctx.tenant.id);
    });
  }

  /** Every item group the tenant may use (reference and own), exclusions ignored. */
  listAllItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
    return catalogIndexRepository.allItemGroups(ctx);
  }

  /**
   * Adds a tenant item group ("any product a programme trades": consoles, cameras…).
   * @throws C020001 when the key is taken (by a reference group or the tenant's own).
   */
  async createItemGroup(ctx: Ctx, input: ItemGroupInput): Promise<ItemGroup> {
    const data = ItemGroupInput.parse(input);
    return withTransaction(ctx, async (tx) => {
      const existing = await catalogIndexRepository.allItemGroups(tx);
      if (existing.some((g) => g.key === data.key)) throw CatalogErrors.C020001({ key: data.key });
      const maxOrder = Math.max(0, ...existing.map((g) => g.sortOrder));
      const group = await catalogIndexRepository.createItemGroup(tx, {
        key: data.key,
        name: data.name,
        names: { en: data.name, ...data.names },
        sortOrder: maxOrder + 10,
      });
      if (!group) throw CatalogErrors.C020001({ key: data.key });
      await this.invalidate(tx, ctx.tenant.id);
      return group;
    });
  }

  /** The tenant's own active products. */
  listOwnProducts(ctx: Ctx): Promise<CatalogVariant[]> {
    return catalogIndexRepository.ownVariants(ctx);
  }

  /**
   * Creates or updates one tenant product (by key).
   * @throws B020003 when the row is not valid (reason in the message).
   */
  async upsertProduct(ctx: Ctx, row: unknown): Promise<{ variant: CatalogVariant; created: boolean; priceMinor: number | null }> {
    const result = await this.importProducts(ctx, [{ line: 1, data: row }]);
    if (result.errors.length > 0) throw CatalogErrors.B020003({ reason: result.errors[0].reason });
    const id = [...result.ids.values()][0];
    const variant = (await catalogRepository.variantById(ctx, id))!;
    return { variant, created: result.created === 1, priceMinor: result.prices[0]?.amountMinor ?? null };
  }

  /**
   * Imports tenant products: validates every row, reports each bad one with its line and
   * reason, stores the good ones in one transaction (idempotent by key: a re-run updates).
   * Prices are returned (not stored): the caller hands them to pricing.
   */
  async importProducts(ctx: Ctx, rows: ImportRow[], options: { onProgress?: (done: number, total: number) => void } = {}): Promise<ImportResult> {
    const errors: ImportResult['errors'] = [];
    const groups = await catalogIndexRepository.allItemGroups(ctx);
    const manufacturers = await catalogIndexRepository.manufacturerIndex(ctx);
    const refByKey = new Map(manufacturers.filter((m) => m.tenant_id === null).map((m) => [m.key, m]));
    const refByName = new Map(manufacturers.filter((m) => m.tenant_id === null).map((m) => [m.name.toLowerCase(), m]));
    const seen = new Map<string, number>();
    const good: { line: number; upsert: ProductUpsert; price: number | undefined }[] = [];
    let skipped = 0;
    for (const row of rows) {
      // Rows of an exported reference catalog are skipped before validation.
      if (row.data && typeof row.data === 'object' && (row.data as { source?: unknown }).source === 'reference') {
        skipped++;
        continue;
      }
      const parsed = ProductRowInput.safeParse(row.data);
      if (!parsed.success) {
        errors.push({ line: row.line, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') });
        continue;
      }
      const r = parsed.data;
      if (r.source === 'reference') {
        skipped++;
        continue;
      }
      const group = groups.find((g) => g.key === r.group.toLowerCase() || g.name.toLowerCase() === r.group.toLowerCase());
      if (!group) {
        errors.push({ line: row.line, reason: translate(CatalogMessages.unknownGroup, 'en', { group: r.group }) });
        continue;
      }
      const first = seen.get(r.key);
      if (first !== undefined) {
        errors.push({ line: row.line, reason: translate(CatalogMessages.duplicateKey, 'en', { key: r.key, line: first }) });
        continue;
      }
      seen.set(r.key, row.line);
      const ref = refByKey.get(slug(r.manufacturer)) ?? refByName.get(r.manufacturer.toLowerCase());
      const manufacturerKey = ref?.key ?? (slug(r.manufacturer) || 'brand');
      const manufacturerName = ref?.name ?? r.manufacturer;
      good.push({
        line: row.line,
        price: r.price,
        upsert: {
          key: r.key,
          itemGroupId: group.id,
          manufacturerKey,
          manufacturerName,
          itemKey: `${manufacturerKey}-${slug(r.item) || 'item'}`,
          itemName: r.item,
          storageGb: r.storage_gb ?? null,
          productName: r.product_name ?? `${manufacturerName} ${r.item}${storageLabel(r.storage_gb)}`,
          productCodes: r.product_codes ?? [],
          modelNumbers: r.model_numbers ?? [],
          releaseDate: r.release_date ?? null,
          identifierKind: r.identifier_kind ?? 'imei',
          pictureUrl: r.picture_url ?? null,
        },
      });
    }
    const ids = new Map<string, number>();
    let created = 0;
    if (good.length > 0) {
      await withTransaction(ctx, async (tx) => {
        const BATCH = 1000;
        for (let i = 0; i < good.length; i += BATCH) {
          const part = good.slice(i, i + BATCH);
          const out = await catalogIndexRepository.upsertProducts(
            tx,
            part.map((g) => g.upsert),
          );
          for (const [k, id] of out.ids) ids.set(k, id);
          created += out.created;
          options.onProgress?.(Math.min(i + BATCH, good.length), good.length);
        }
        await this.invalidate(tx, ctx.tenant.id);
      });
    } else options.onProgress?.(0, 0);
    const prices = good
      .filter((g) => g.price !== undefined && ids.has(g.upsert.key))
      .map((g) => ({ variantId: ids.get(g.upsert.key)!, amountMinor: toMinor(g.price!, ctx.tenant.currency) }));
    errors.sort((a, b) => a.line - b.line);
    return { created, updated: ids.size - created, skipped, errors, ids, prices };
  }

  /** @throws N020004 when the variant is not one of the tenant's own active products. */
  async removeProduct(ctx: Ctx, variantId: number): Promise<void> {
    await withTransaction(ctx, async (tx) => {
      if (!(await catalogIndexRepository.deactivateOwnVariant(tx, variantId))) throw CatalogErrors.N020004({ id: variantId });
      await this.invalidate(tx, ctx.tenant.id);
    });
  }

  /** Everything the tenant trades (reference minus exclusions, plus own products), in stable order. */
  async exportRows(ctx: Ctx): Promise<ExportRow[]> {
    const view = await this.index.view(ctx);
    const models = view.browse({ limit: ALL });
    const prices = this.priceSource
      ? await this.priceSource.workingPrices(
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

  /** Drops this process's index for the tenant now and every other process's on commit. */
  private async invalidate(tx: Ctx, tenantId: number): Promise<void> {
    if (this.cache) await this.cache.invalidate(tx.db, 'catalog', tenantId);
    else {
      this.index.invalidate(tenantId);
      this.tree.invalidate(tenantId);
    }
  }
}
