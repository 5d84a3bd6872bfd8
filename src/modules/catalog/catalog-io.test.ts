import { describe, expect, it } from 'vitest';
import { parseImportFile } from './catalog-io.js';

describe('parseImportFile', () => {
  it('numbers CSV rows by their line in the file (header = line 1), across quoted line breaks and a BOM', () => {
    const csv = '\uFEFFKey,Group,Manufacturer,Item\na,mobiles,Acme,"X\n1"\n\nb,mobiles,Acme,Y\n';
    const rows = parseImportFile(csv, 'csv');
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
    expect(rows[0].data).toEqual({ key: 'a', group: 'mobiles', manufacturer: 'Acme', item: 'X\n1' });
  });
  it('numbers JSON rows from 1 and accepts { rows: [...] }', () => {
    expect(parseImportFile('[{"key":"a"},{"key":"b"}]', 'json').map((r) => r.line)).toEqual([1, 2]);
    expect(parseImportFile('{"rows":[{"key":"a"}]}', 'json')).toEqual([{ line: 1, data: { key: 'a' } }]);
  });
  it('refuses unreadable content with B020004', () => {
    expect(() => parseImportFile('a,"b\n', 'csv')).toThrow(expect.objectContaining({ code: 'B020004' }));
    expect(() => parseImportFile('nope', 'json')).toThrow(expect.objectContaining({ code: 'B020004' }));
  });
});
