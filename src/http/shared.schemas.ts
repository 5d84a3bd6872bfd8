import type { Readable } from 'node:stream';
import { z } from 'zod';

/**
 * Response schemas shared by every surface, so that each operation of `/openapi.json` declares
 * what its success answers (`npm run openapi:check` fails on an operation that does not).
 *
 * The server serializes JSON without validating it (see `app.ts`), and fastify sends Buffers and
 * non-JSON strings untouched; these schemas type the handler's reply and describe the body in
 * the document. A `content` entry in the metadata is taken by @fastify/swagger as the response's
 * media types verbatim, which is how a body that is not JSON gets its own media type.
 */

/** 204: the operation answers no body. */
export const NoContent = z.null().describe('No content');

const binary = { type: 'string', format: 'binary' } as const;
const text = { type: 'string' } as const;

/** A file answered as raw bytes (PDF, image, label), in one of the given media types. */
export function binaryBody(description: string, ...mediaTypes: [string, ...string[]]) {
  return z.custom<Buffer | Uint8Array | Readable>().meta({ description, content: Object.fromEntries(mediaTypes.map((m) => [m, { schema: binary }])) });
}

/** A text document answered as is (HTML page, CSV export) in the given media type. */
export function textBody(description: string, mediaType: string) {
  return z.string().meta({ description, content: { [mediaType]: { schema: text } } });
}

/**
 * A redirect (303 See Other) after a form post; the next page is in `location`. No body: the
 * handler sends nothing (`null` would go out as the JSON text `null`).
 */
export function seeOther(description: string) {
  return z.undefined().meta({ description, headers: { location: { type: 'string', description: 'The page to go to' } } });
}

/** A shipment label as stored: the carrier's PDF, or its printer text (ZPL) when it sends no PDF. */
export const ShipmentLabel = binaryBody('The shipment label', 'application/pdf', 'text/plain');
