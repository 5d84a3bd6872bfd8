/**
 * The label's embedded font, prepared once per thread: subsetting DejaVu Sans with fontkit costs
 * ~60 ms and deflating it a few more, which was most of a label (issue 19). The subset holds
 * every character the label's languages print (Latin-1, Latin Extended-A, a few symbols); a
 * label that needs more characters gets a subset with those added, cached by that extra set.
 */
import zlib from 'node:zlib';
import { documentFont, loadPdfLib } from '../../platform/render/index.js';

type Glyph = { id: number; advanceWidth: number };
type FontkitFont = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  glyphForCodePoint(cp: number): Glyph;
  createSubset(): { includeGlyph(g: Glyph): number; encodeStream(): NodeJS.EventEmitter };
};

/** A font ready to embed: its PDF objects as text and the code of each character. */
export interface LabelFont {
  /** Glyph id in the subset (2 bytes, Identity-H) of a code point, as 4 hex digits. */
  hex(cp: number): string;
  /** Advance width in 1/1000 em. */
  width(cp: number): number;
  /** Deflated TrueType subset (FontFile2) and its uncompressed length. */
  file: Buffer;
  fileLength: number;
  /** Dictionaries of the Type0 font, CID font and descriptor, given the object numbers. */
  objects(refs: { cidFont: number; descriptor: number; toUnicode: number; file: number }): { type0: string; cidFont: string; descriptor: string };
  /** The ToUnicode CMap stream's content (text extraction and search in viewers). */
  toUnicode: string;
}

const BASE_CHARS = (() => {
  const cps: number[] = [];
  for (let c = 0x20; c < 0x7f; c++) cps.push(c);
  for (let c = 0xa0; c < 0x180; c++) cps.push(c);
  for (const ch of '…☎–—‘’“”„€•·') cps.push(ch.codePointAt(0)!);
  return cps;
})();
const BASE = new Set(BASE_CHARS);

let parsed: FontkitFont | null = null;
const cache = new Map<string, Promise<LabelFont>>();
const MAX_CACHED = 32;

/** The font for these texts: the shared subset, or one with the texts' extra characters added. */
export function labelFont(texts: Iterable<string>): Promise<LabelFont> {
  const extra = new Set<number>();
  for (const t of texts) for (const ch of t) if (!BASE.has(ch.codePointAt(0)!)) extra.add(ch.codePointAt(0)!);
  const key = [...extra].sort((a, b) => a - b).join(',');
  let font = cache.get(key);
  if (!font) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    font = build([...BASE_CHARS, ...extra]);
    font.catch(() => cache.delete(key));
    cache.set(key, font);
  }
  return font;
}

async function build(codePoints: number[]): Promise<LabelFont> {
  parsed ??= (await loadPdfLib()).fontkit.create(documentFont()) as unknown as FontkitFont;
  const f = parsed;
  const scale = 1000 / f.unitsPerEm;
  const subset = f.createSubset();
  const gidOf = new Map<number, number>();
  const widths: number[] = [Math.round(f.glyphForCodePoint(0).advanceWidth * scale)];
  const unicodeOf: number[] = [0];
  for (const cp of codePoints) {
    const glyph = f.glyphForCodePoint(cp);
    const gid = subset.includeGlyph(glyph);
    if (gid === 0) continue; // a character the font lacks prints .notdef, as before
    gidOf.set(cp, gid);
    widths[gid] = Math.round(glyph.advanceWidth * scale);
    unicodeOf[gid] ??= cp;
  }
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    subset
      .encodeStream()
      .on('data', (b: Uint8Array) => parts.push(Buffer.from(b)))
      .on('end', () => resolve(Buffer.concat(parts)))
      .on('error', reject);
  });
  const hexOf = new Map<number, string>();
  for (const [cp, gid] of gidOf) hexOf.set(cp, gid.toString(16).padStart(4, '0'));
  const name = `/DJVLBL+DejaVuSans`;
  const { minX, minY, maxX, maxY } = f.bbox;
  const n = (v: number) => Math.round(v * scale);
  return {
    hex: (cp) => hexOf.get(cp) ?? '0000',
    width: (cp) => {
      const gid = gidOf.get(cp);
      return gid === undefined ? widths[0] : widths[gid];
    },
    file: zlib.deflateSync(bytes),
    fileLength: bytes.length,
    toUnicode: toUnicodeCMap(unicodeOf),
    objects: (r) => ({
      type0: `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${r.cidFont} 0 R] /ToUnicode ${r.toUnicode} 0 R >>`,
      cidFont:
        `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
        ` /FontDescriptor ${r.descriptor} 0 R /CIDToGIDMap /Identity /W [0 [${widths.map((w) => w ?? 0).join(' ')}]] >>`,
      descriptor:
        `<< /Type /FontDescriptor /FontName ${name} /Flags 4 /FontBBox [${n(minX)} ${n(minY)} ${n(maxX)} ${n(maxY)}] /ItalicAngle ${f.italicAngle}` +
        ` /Ascent ${n(f.ascent)} /Descent ${n(f.descent)} /CapHeight ${n(f.capHeight || f.ascent)} /StemV 0 /FontFile2 ${r.file} 0 R >>`,
    }),
  };
}

function utf16Hex(cp: number): string {
  return String.fromCodePoint(cp)
    .split('')
    .map((u) => u.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('');
}

function toUnicodeCMap(unicodeOf: number[]): string {
  const entries: string[] = [];
  unicodeOf.forEach((cp, gid) => {
    if (gid > 0 && cp !== undefined) entries.push(`<${gid.toString(16).padStart(4, '0')}> <${utf16Hex(cp)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
