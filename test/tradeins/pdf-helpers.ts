import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text (items joined by spaces, pages by newlines) and the number of images drawn. */
export async function readPdf(bytes: Uint8Array): Promise<{ text: string; images: number; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  let images = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
    const ops = await page.getOperatorList();
    images += ops.fnArray.filter((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject).length;
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text, images, pages };
}
