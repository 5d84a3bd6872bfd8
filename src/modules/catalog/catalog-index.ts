import type { CacheBus } from '../../platform/cache/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import { catalogIndexRepository, type ExclusionRecord } from './catalog.repository.js';
import type { CatalogVariant, LearnedTacSource } from './catalog.types.js';
import { compactVariants } from './search/compact.js';
import { compareStable, parseQuery, SearchIndex, type SearchHit, type VariantPredicate } from './search/search-index.js';

/** The shared reference catalog in memory: search index, TAC and serial-suffix tables. */
interface ReferenceCatalog {
  index: SearchIndex;
  tacs: Map<string, number[]>;
  serials: Map<string, number[]>;
}

export interface ViewQuery {
  itemGroupId?: number;
  manufacturerId?: number;
  limit: number;
}

/** Cached results per tenant view (raw and normalized terms both count). */
const LRU_SIZE = 5_000;

function mergeSorted<T>(a: T[], b: T[], cmp: (x: T, y: T) => number, limit: number): T[] {
  if (b.length === 0) return a.slice(0, limit);
  if (a.length === 0) return b.slice(0, limit);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && cmp(a[i], b[j]) <= 0)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

const compareHits = (x: SearchHit, y: SearchHit) => x.score - y.score || compareStable(x.variant, y.variant);

/**
 * What one tenant trades, in memory: the shared reference index seen through the tenant's
 * exclusions, plus a small index of the tenant's own products. Immutable; replaced on change.
 */
export class TenantCatalogView {
  private readonly lru = new Map<string, CatalogVariant[]>();
  private readonly excluded: VariantPredicate;
  /** The tenant's learned TACs → model families (from the learned variants). */
  private readonly learned = new Map<string, number[]>();

  constructor(
    private readonly ref: ReferenceCatalog,
    private readonly own: SearchIndex,
    exclusions: ExclusionRecord[],
    learnedTacs: readonly { tac: string; variantId: number }[] = [],
  ) {
    for (const { tac, variantId } of learnedTacs) {
      const itemId = this.itemOf(variantId);
      if (itemId === undefined) continue;
      const list = this.learned.get(tac);
      if (!list) this.learned.set(tac, [itemId]);
      else if (!list.includes(itemId)) list.push(itemId);
    }
    const sets = { item_group: new Set<number>(), manufacturer: new Set<number>(), item: new Set<number>(), variant: new Set<number>() };
    for (const e of exclusions) sets[e.kind].add(e.targetId);
    this.excluded =
      exclusions.length === 0
        ? () => false
        : (v) => sets.variant.has(v.id) || sets.item.has(v.itemId) || sets.manufacturer.has(v.manufacturerId) || sets.item_group.has(v.itemGroupId);
  }

  private accept(q: ViewQuery): VariantPredicate {
    const { itemGroupId: g, manufacturerId: m } = q;
    return (v) => (g === undefined || v.itemGroupId === g) && (m === undefined || v.manufacturerId === m) && !this.excluded(v);
  }

  /** A visible variant (active, not excluded) by id, or undefined. */
  variant(id: number): CatalogVariant | undefined {
    for (const index of [this.own, this.ref.index]) {
      const pos = index.positionOf(id);
      if (pos === undefined) continue;
      const v = index.variants[pos];
      return this.excluded(v) ? undefined : v;
    }
    return undefined;
  }

  /** Visible variants in stable order (tree browsing without a term). */
  browse(q: ViewQuery): CatalogVariant[] {
    return this.cached(`b|${q.itemGroupId}|${q.manufacturerId}|${q.limit}`, () => {
      const accept = this.accept(q);
      return mergeSorted(this.ref.index.browse(accept, q.limit), this.own.browse(accept, q.limit), compareStable, q.limit);
    });
  }

  /** Ranked text search (best first). */
  search(term: string, q: ViewQuery): CatalogVariant[] {
    // The exact term typed again (the common case) skips normalization altogether.
    const rawKey = `r|${q.itemGroupId}|${q.manufacturerId}|${q.limit}|${term}`;
    const hit = this.lru.get(rawKey);
    if (hit) return hit;
    const parsed = parseQuery(term);
    const result = this.cached(`s|${q.itemGroupId}|${q.manufacturerId}|${q.limit}|${parsed.key}`, () => {
      const accept = this.accept(q);
      const options = { dropUnknownWords: false, limit: q.limit };
      const ref = this.ref.index.searchWithInfo(parsed, accept, options);
      const own = this.own.searchWithInfo(parsed, accept, options);
      let hits = mergeSorted(ref.hits, own.hits, compareHits, q.limit);
      // Words unknown to the tenant's few own products must not be ignored there while the
      // reference catalog knows them: ignore unknown words only when nothing matches them all.
      // An index that knew every word answers the second pass as the first: not asked again.
      if (hits.length === 0) {
        const again = { dropUnknownWords: true, limit: q.limit };
        hits = mergeSorted(
          ref.unknownWords ? this.ref.index.search(parsed, accept, again) : ref.hits,
          own.unknownWords ? this.own.search(parsed, accept, again) : own.hits,
          compareHits,
          q.limit,
        );
      }
      return hits.map((h) => h.variant);
    });
    this.remember(rawKey, result);
    return result;
  }

  /**
   * Visible variants of the model families a TAC belongs to, or null when the TAC is unknown:
   * the families the tenant learned for it first, then the reference table's.
   */
  variantsForTac(tac: string, q: ViewQuery): CatalogVariant[] | null {
    const learned = this.learned.get(tac);
    const reference = this.ref.tacs.get(tac);
    if (!learned && !reference) return null;
    if (!learned) return this.ofItems(reference!, q);
    const first = this.ofItems(learned, q);
    const rest = reference
      ? this.ofItems(
          reference.filter((id) => !learned.includes(id)),
          q,
        )
      : [];
    return [...first, ...rest].slice(0, q.limit);
  }

  /** The model family of a variant of this view (reference or own), if known. */
  private itemOf(variantId: number): number | undefined {
    const r = this.ref.index.positionOf(variantId);
    if (r !== undefined) return this.ref.index.variants[r].itemId;
    const o = this.own.positionOf(variantId);
    return o !== undefined ? this.own.variants[o].itemId : undefined;
  }

  /** Visible variants of the families an old-format Apple serial's configuration code names, or null. */
  variantsForSerialSuffix(suffix: string, q: ViewQuery): CatalogVariant[] | null {
    const itemIds = this.ref.serials.get(suffix);
    if (!itemIds) return null;
    return this.ofItems(itemIds, q);
  }

  private ofItems(itemIds: number[], q: ViewQuery): CatalogVariant[] {
    const accept = this.accept(q);
    return mergeSorted(this.ref.index.variantsOfItems(itemIds, accept), this.own.variantsOfItems(itemIds, accept), compareStable, q.limit);
  }

  private cached(key: string, compute: () => CatalogVariant[]): CatalogVariant[] {
    const hit = this.lru.get(key);
    if (hit) {
      this.lru.delete(key);
      this.lru.set(key, hit);
      return hit;
    }
    const value = compute();
    this.remember(key, value);
    return value;
  }

  private remember(key: string, value: CatalogVariant[]): void {
    this.lru.set(key, value);
    if (this.lru.size > LRU_SIZE) this.lru.delete(this.lru.keys().next().value!);
  }
}

/**
 * Reference catalogs built in this process, by the database's reference version and load time:
 * containers over databases holding the same reference data (several apps of one process, a
 * test run's clones of one template) build the ~33,000-variant index once. At most two are kept
 * (one being replaced); a changed reference catalog gets a new key, and an invalidation of
 * reference data drops them all.
 */
const sharedReferences = new Map<string, Promise<ReferenceCatalog>>();
const SHARED_REFERENCES = 2;

/**
 * Per-process cache of catalog views: the reference catalog is loaded once, each tenant's view
 * lazily; both are dropped when the `catalog` cache scope is invalidated (any process).
 */
export class CatalogIndexCache {
  private reference: Promise<ReferenceCatalog> | null = null;
  private readonly views = new Map<number, Promise<TenantCatalogView>>();
  private readonly ready = new Set<number>();

  private learnedSource: LearnedTacSource | null = null;

  constructor(cache?: CacheBus) {
    cache?.on('catalog', (tenantId) => this.invalidate(tenantId));
  }

  /** Where the tenants' learned TACs come from (read when a tenant's view is built). */
  setLearnedTacSource(source: LearnedTacSource): void {
    this.learnedSource = source;
    this.views.clear();
    this.ready.clear();
  }

  /** Drops one tenant's view, or everything (reference data changed) when `tenantId` is null. */
  invalidate(tenantId: number | null): void {
    if (tenantId === null) {
      this.reference = null;
      sharedReferences.clear();
      this.views.clear();
      this.ready.clear();
    } else {
      this.views.delete(tenantId);
      this.ready.delete(tenantId);
    }
  }

  /** Whether the tenant's view is built (awaiting it runs no query). */
  isReady(tenantId: number): boolean {
    return this.ready.has(tenantId);
  }

  /** The tenant's view when it is built (reading it runs no query), else null. */
  readyView(tenantId: number): Promise<TenantCatalogView> | null {
    return this.ready.has(tenantId) ? (this.views.get(tenantId) ?? null) : null;
  }

  view(ctx: Ctx): Promise<TenantCatalogView> {
    let p = this.views.get(ctx.tenant.id);
    if (!p) {
      const built = this.buildView(ctx);
      p = built;
      this.views.set(ctx.tenant.id, built);
      built.then(
        () => {
          if (this.views.get(ctx.tenant.id) === built) this.ready.add(ctx.tenant.id);
        },
        () => {
          if (this.views.get(ctx.tenant.id) === built) this.views.delete(ctx.tenant.id);
        },
      );
    }
    return p;
  }

  private async buildView(ctx: Ctx): Promise<TenantCatalogView> {
    const [ref, own, exclusions, learned] = await Promise.all([
      this.referenceCatalog(ctx.db),
      catalogIndexRepository.ownVariants(ctx),
      catalogIndexRepository.exclusions(ctx),
      this.learnedSource ? this.learnedSource.learnedTacs(ctx) : [],
    ]);
    return new TenantCatalogView(ref, new SearchIndex(compactVariants(own)), exclusions, learned);
  }

  private referenceCatalog(q: Queryable): Promise<ReferenceCatalog> {
    if (!this.reference) {
      const p = (async () => {
        const key = await catalogIndexRepository.referenceKey(q);
        if (key === null) return this.loadReference(q);
        let shared = sharedReferences.get(key);
        if (!shared) {
          shared = this.loadReference(q);
          sharedReferences.set(key, shared);
          if (sharedReferences.size > SHARED_REFERENCES) sharedReferences.delete(sharedReferences.keys().next().value!);
          shared.catch(() => sharedReferences.delete(key));
        }
        return shared;
      })();
      this.reference = p;
      p.catch(() => {
        if (this.reference === p) this.reference = null;
      });
    }
    return this.reference;
  }

  private async loadReference(q: Queryable): Promise<ReferenceCatalog> {
    const [variants, tacRows, serialRows] = await Promise.all([
      catalogIndexRepository.referenceVariants(q),
      catalogIndexRepository.tacTable(q),
      catalogIndexRepository.serialSuffixes(q),
    ]);
    const group = <K>(rows: { key: K; item: number }[]) => {
      const m = new Map<K, number[]>();
      for (const r of rows) {
        const list = m.get(r.key);
        if (list) list.push(r.item);
        else m.set(r.key, [r.item]);
      }
      return m;
    };
    return {
      index: new SearchIndex(compactVariants(variants)),
      tacs: group(tacRows.map((r) => ({ key: r.tac, item: r.item_id }))),
      serials: group(serialRows.map((r) => ({ key: r.suffix.toUpperCase(), item: r.item_id }))),
    };
  }
}
