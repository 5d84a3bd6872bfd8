import type { FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { escapeHtml } from '../../modules/notifications/index.js';

export type Representation = 'json' | 'text' | 'html';

/** Server preference on equal quality: JSON first (as DRF, seed 002), then text, then HTML. */
const MEDIA: Record<string, Representation> = { 'application/json': 'json', 'text/plain': 'text', 'text/html': 'html' };

/**
 * What the client accepts (`Accept`): a browser (`text/html` ranked above `*\/*`) gets HTML, a
 * client that accepts JSON — `application/json`, `*\/*` or no `Accept` at all, as the seed's
 * `requests` example sends — gets JSON, `text/plain` gets text.
 */
export function representation(request: FastifyRequest): Representation {
  const chosen = new Negotiator({ headers: { accept: request.headers.accept ?? '*/*' } }).mediaType(Object.keys(MEDIA));
  return chosen ? MEDIA[chosen] : 'text';
}

/** A small standalone page (decision confirmations and results); not indexed. */
export function page(locale: string, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px">${body}</body></html>`
  );
}

export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

/** A page with one heading (the decision's result, or why the link no longer works). */
export function sendMessagePage(reply: FastifyReply, status: number, locale: string, message: string): FastifyReply {
  return sendHtml(reply, status, page(locale, message, `<h1>${escapeHtml(message)}</h1>`));
}

/** The decision's message as the client accepts it: a JSON string, a page, or plain text. */
export function sendMessage(request: FastifyRequest, reply: FastifyReply, locale: string, message: string): FastifyReply {
  const as = representation(request);
  if (as === 'html') return sendMessagePage(reply, 200, locale, message);
  if (as === 'json') return reply.status(200).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(message));
  return reply.status(200).header('content-type', 'text/plain; charset=utf-8').send(message);
}

/** The confirmation page of a signed link: the button POSTs the token (a GET never decides). */
export function confirmationPage(locale: string, question: string, button: string, action: string, token: string): string {
  return page(
    locale,
    question,
    `<h1>${escapeHtml(question)}</h1><form method="post" action="${escapeHtml(action)}">` +
      `<input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit" style="padding:10px 18px;font-size:16px">${escapeHtml(button)}</button></form>`,
  );
}

/** Speculative requests (Chrome `Sec-Purpose`, older `Purpose`/`X-Purpose`, Firefox `X-Moz`). */
export function isPrefetch(request: FastifyRequest): boolean {
  const h = request.headers;
  return [h['sec-purpose'], h.purpose, h['x-purpose'], h['x-moz']].some((v) => typeof v === 'string' && /prefetch|prerender|preview/i.test(v));
}
