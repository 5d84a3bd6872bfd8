import { parse } from 'csv-parse/sync';
import { CatalogErrors } from './catalog.errors.js';
import type { ImportRow } from './use-cases/import-products.js';

/** Columns of `tradein catalog export`, in order (import reads the same names). */
export const EXPORT_COLUMNS = [
  'id',
  'key',
  'source',
  'group',
  'manufacturer',
  'item',
  'storage_gb',
  'product_name',
  'product_codes',
  'model_numbers',
  'release_date',
  'identifier_kind',
  'picture_url',
  'price',
] as const;

/**
 * Reads an import file: CSV with a header line (line numbers as in the file) or a JSON array
 * of objects (line = element number, from 1).
 * @throws B020004 when the content is neither.
 */
export function parseImportFile(content: string, format: 'csv' | 'json'): ImportRow[] {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (err) {
      throw CatalogErrors.B020004({ reason: (err as Error).message });
    }
    const list = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { rows?: unknown }).rows)
        ? (data as { rows: unknown[] }).rows
        : null;
    if (!list) throw CatalogErrors.B020004({ reason: 'expected a JSON array of rows' });
    return list.map((row, i) => ({ line: i + 1, data: row }));
  }
  try {
    const records = parse(content.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, data: r.record }));
  } catch (err) {
    throw CatalogErrors.B020004({ reason: (err as Error).message });
  }
}
