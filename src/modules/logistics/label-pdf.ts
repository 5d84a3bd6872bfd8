/**
 * A minimal PDF writer for labels: text in one embedded font, lines and RGB images, nothing
 * else. pdf-lib re-parsed the font, re-subset and re-deflated it and round-tripped every barcode
 * through PNG for each label (~160 ms of CPU); here the font objects are prepared once per thread
 * (label-font.ts) and barcodes are drawn from the encoder's modules straight into pixels.
 */
import zlib from 'node:zlib';
import bwipjs from 'bwip-js';
import encodeQR from 'qr';
import type { LabelFont } from './label-font.js';

/** An RGB image, 8 bits per channel, deflated. */
export interface RgbImage {
  width: number;
  height: number;
  deflated: Buffer;
}

/** Pixels per module and quiet zones, as the label's earlier bwip-js PNGs had them. */
const SCALE = 3;

function rgbImage(width: number, rows: Buffer[]): RgbImage {
  return { width, height: rows.length, deflated: zlib.deflateSync(Buffer.concat(rows), { level: 1 }) };
}

/** One pixel row (RGB) of `modules`, each module SCALE pixels wide; true is black. */
function pixelRow(modules: boolean[]): Buffer {
  const row = Buffer.alloc(modules.length * SCALE * 3, 0xff);
  modules.forEach((black, i) => {
    if (black) row.fill(0, i * SCALE * 3, (i + 1) * SCALE * 3);
  });
  return row;
}

/** Code 128 of a package identifier: black bars on white with the quiet zone a scanner needs. */
export function code128Image(text: string): RgbImage {
  const [symbol] = bwipjs.raw({ bcid: 'code128', text, includetext: false }) as unknown as { sbs: number[] }[];
  const padX = 10;
  const modules: boolean[] = new Array<boolean>(padX).fill(false);
  symbol.sbs.forEach((w, i) => modules.push(...new Array<boolean>(w).fill(i % 2 === 0)));
  modules.push(...new Array<boolean>(padX).fill(false));
  const bars = pixelRow(modules);
  const white = Buffer.alloc(bars.length, 0xff);
  const padY = new Array<Buffer>(3 * SCALE).fill(white);
  return rgbImage(modules.length * SCALE, [...padY, ...new Array<Buffer>(40 * SCALE).fill(bars), ...padY]);
}

/** QR code of a URL (error correction M) with a four-module quiet zone. */
export function qrImage(text: string): RgbImage {
  // The qr package, not BWIPP: BWIPP's PostScript emulation took ~10 ms per code, most of a label.
  const symbol = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const rows: Buffer[] = [];
  for (const modules of symbol) {
    const row = pixelRow(modules);
    for (let k = 0; k < SCALE; k++) rows.push(row);
  }
  return rgbImage(symbol.length * SCALE, rows);
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/0+$/, ''));

/** Drawing on one page; coordinates in points from the bottom left, as in PDF. */
export class LabelPage {
  readonly ops: string[] = ['0 0 0 rg 0 0 0 RG'];
  readonly images = new Set<number>();

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly font: LabelFont,
  ) {}

  widthOf(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.font.width(ch.codePointAt(0)!);
    return (w * size) / 1000;
  }

  text(text: string, x: number, y: number, size: number): void {
    let hex = '';
    for (const ch of text) hex += this.font.hex(ch.codePointAt(0)!);
    this.ops.push(`BT /F1 ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm <${hex}> Tj ET`);
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number): void {
    this.ops.push(`${num(thickness)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  image(index: number, x: number, y: number, width: number, height: number): void {
    this.images.add(index);
    this.ops.push(`q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm /Im${index} Do Q`);
  }
}

/** Text for a PDF string: UTF-16BE with a byte-order mark, as hex. */
function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

const pdfDate = (iso: string) => `(D:${new Date(iso).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

/** A document of label pages sharing one font and a set of images. */
export class LabelDocument {
  private readonly imageList: RgbImage[] = [];
  readonly pages: LabelPage[] = [];

  constructor(private readonly font: LabelFont) {}

  addImage(image: RgbImage): number {
    this.imageList.push(image);
    return this.imageList.length - 1;
  }

  addPage(width: number, height: number): LabelPage {
    const page = new LabelPage(width, height, this.font);
    this.pages.push(page);
    return page;
  }

  save(info: { title: string; creator: string; createdAt: string }): Buffer {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let length = chunks[0].length;
    const offsets: number[] = [];
    const push = (b: Buffer) => {
      chunks.push(b);
      length += b.length;
    };
    const object = (n: number, body: string | Buffer, stream?: Buffer) => {
      offsets[n] = length;
      push(Buffer.from(`${n} 0 obj\n`, 'latin1'));
      push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
      if (stream) {
        push(Buffer.from('\nstream\n', 'latin1'));
        push(stream);
        push(Buffer.from('\nendstream', 'latin1'));
      }
      push(Buffer.from('\nendobj\n', 'latin1'));
    };
    // 1 catalog, 2 page tree, 3–7 font, 8 info, then images, then page + content per page.
    const firstImage = 9;
    const firstPage = firstImage + this.imageList.length;
    const pageRefs = this.pages.map((_, i) => `${firstPage + 2 * i} 0 R`);
    const f = this.font.objects({ cidFont: 4, descriptor: 5, toUnicode: 6, file: 7 });
    object(1, '<< /Type /Catalog /Pages 2 0 R >>');
    object(2, `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${this.pages.length} >>`);
    object(3, f.type0);
    object(4, f.cidFont);
    object(5, f.descriptor);
    const toUnicode = Buffer.from(this.font.toUnicode, 'latin1');
    object(6, `<< /Length ${toUnicode.length} >>`, toUnicode);
    object(7, `<< /Length ${this.font.file.length} /Length1 ${this.font.fileLength} /Filter /FlateDecode >>`, this.font.file);
    const date = pdfDate(info.createdAt);
    object(8, `<< /Title ${pdfText(info.title)} /Creator ${pdfText(info.creator)} /Producer (Tradein) /CreationDate ${date} /ModDate ${date} >>`);
    this.imageList.forEach((img, i) =>
      object(
        firstImage + i,
        `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${img.deflated.length} >>`,
        img.deflated,
      ),
    );
    this.pages.forEach((page, i) => {
      const n = firstPage + 2 * i;
      const xobjects = [...page.images].map((k) => `/Im${k} ${firstImage + k} 0 R`).join(' ');
      object(
        n,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources << /Font << /F1 3 0 R >> /XObject << ${xobjects} >> >> /Contents ${n + 1} 0 R >>`,
      );
      const content = Buffer.from(page.ops.join('\n'), 'latin1');
      object(n + 1, `<< /Length ${content.length} >>`, content);
    });
    const count = firstPage + 2 * this.pages.length;
    const xref = length;
    let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let n = 1; n < count; n++) table += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    push(Buffer.from(`${table}trailer\n<< /Size ${count} /Root 1 0 R /Info 8 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(chunks, length);
  }
}
