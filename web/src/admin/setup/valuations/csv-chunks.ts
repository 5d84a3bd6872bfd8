/** One part of a CSV file to send: the header, some data lines, and the file line of the first. */
export interface CsvChunk {
  csv: string;
  firstLine: number;
  rows: number;
}

/**
 * Splits a prices CSV into parts of at most `size` data lines, each with the header, so a long
 * file is sent in steps (progress) and errors keep the lines of the whole file. A part never
 * holds a blank line (the server skips those, which would shift its count); quoted line breaks
 * are not expected in prices.
 */
export function csvChunks(text: string, size = 250): CsvChunk[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const chunks: CsvChunk[] = [];
  let current: string[] = [];
  let first = 2;
  const flush = () => {
    if (current.length) chunks.push({ csv: [header, ...current].join('\n'), firstLine: first, rows: current.length });
    current = [];
  };
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (current.length === 0) first = i + 2;
    current.push(line);
    if (current.length >= size) flush();
  });
  flush();
  return chunks;
}
