import { parse } from 'csv-parse/sync';

/**
 * The form identifiers are stored and compared in: IMEI-like digit strings without spaces,
 * hyphens, dots or slashes; anything else (serials) trimmed, without inner spaces, upper-case.
 */
export function normalizeIdentifier(raw: string): string {
  const trimmed = raw.trim();
  const compact = trimmed.replace(/[\s\-./]/g, '');
  if (/^\d{14,16}$/.test(compact)) return compact;
  return trimmed.replace(/\s+/g, '').toUpperCase();
}

export interface BlocklistCsvRow {
  line: number;
  identifier: string;
  reason: string;
  source: string | null;
  date: Date | null;
}

export class CsvRowError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/**
 * Reads a blocklist CSV: columns `identifier,reason[,source[,date]]`, an optional header row
 * naming them (any order), comma or semicolon separated, quotes allowed, blank lines skipped.
 * Throws {@link CsvRowError} for the first bad line.
 */
export function parseBlocklistCsv(text: string): BlocklistCsvRow[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true, bom: true, info: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    throw new CsvRowError(line, (err as Error).message);
  }
  let columns = ['identifier', 'reason', 'source', 'date'];
  let start = 0;
  if (records[0] && records[0].record.some((c) => c.toLowerCase() === 'identifier')) {
    columns = records[0].record.map((c) => c.toLowerCase());
    start = 1;
    if (!columns.includes('reason')) throw new CsvRowError(1, 'header has no reason column');
  }
  const at = (row: string[], name: string): string => {
    const i = columns.indexOf(name);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  const rows: BlocklistCsvRow[] = [];
  for (let i = start; i < records.length; i++) {
    const row = records[i].record;
    const line = records[i].info.lines;
    const identifier = normalizeIdentifier(at(row, 'identifier'));
    const reason = at(row, 'reason');
    const source = at(row, 'source');
    const dateText = at(row, 'date');
    if (!identifier || identifier.length > 64) throw new CsvRowError(line, 'identifier must be 1 to 64 characters');
    if (!reason) throw new CsvRowError(line, 'reason is empty');
    if (reason.length > 500 || source.length > 100) throw new CsvRowError(line, 'reason or source too long');
    let date: Date | null = null;
    if (dateText) {
      date = new Date(dateText);
      if (Number.isNaN(date.getTime())) throw new CsvRowError(line, `date '${dateText}' is not a date`);
    }
    rows.push({ line, identifier, reason, source: source || null, date });
  }
  return rows;
}
