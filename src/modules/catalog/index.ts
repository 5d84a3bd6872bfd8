/**
 * Catalog: item groups, manufacturers, model families (items) and variants (the seed's
 * "Model"), shared reference data plus each tenant's own products and exclusions; device
 * identification (IMEI/TAC, Apple serials); typo-tolerant model search served from a
 * per-process in-memory index (invalidated through the `catalog` cache scope); import/export.
 *
 * Other modules use {@link CatalogModule}: `getVariant`, `getVariants`, `allVariants`,
 * `listItemGroups`, `listManufacturers`, `variantsForTac`, `setWorkingPriceSource`, and the
 * pure helper {@link isValidImei}.
 */
import type { CacheBus } from '../../platform/cache/index.js';
import type { Db } from '../../platform/db/index.js';
import { CatalogService } from './catalog.service.js';

export type { CatalogVariant, ItemGroup, Manufacturer, IdentifierKind, WorkingPriceSource } from './catalog.types.js';
export { itemGroupName } from './catalog.types.js';
export type { ExclusionRecord } from './catalog.repository.js';
export type { ModelSearchInput, ModelSearchResult } from './use-cases/search-models.js';
export type { ImportRow, ImportResult } from './use-cases/import-products.js';
export type { ExportRow } from './use-cases/export-rows.js';
export { DEFAULT_MODEL_LIMIT } from './use-cases/search-models.js';
export { ProductRowInput, ExclusionInput, ItemGroupInput } from './catalog.schemas.js';
export { CatalogErrors } from './catalog.errors.js';
export { CatalogSettings, rankManufacturers, type TreeManufacturer } from './product-tree.js';
export { parseImportFile, EXPORT_COLUMNS } from './catalog-io.js';
export { syncReferenceCatalog, CATALOG_DATA_DIR } from './reference-catalog.js';
export { CatalogService };
/** IMEI (Luhn, TAC) and Apple serial helpers. */
export { isValidImei, luhnCheckDigit, imeiFromTac, imeiShape, tacOf, appleSerialShape, type AppleSerialShape } from './identifiers.js';
/** Synthetic catalog for benchmarks (50,000 variants by default). */
export { generateSyntheticVariants, syntheticImportRows, type SyntheticRow } from './synthetic-catalog.js';
/** The search index itself (benchmarks, tools). */
export { SearchIndex, parseQuery, compareStable } from './search/search-index.js';

export type CatalogModule = CatalogService;

/** Wires the catalog; `cache` invalidates the in-memory index across processes. */
export function createCatalogModule(deps: { db?: Db; cache?: CacheBus } = {}): CatalogModule {
  return new CatalogService(deps);
}
