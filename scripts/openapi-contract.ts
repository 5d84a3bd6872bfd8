/**
 * The contract rule of the served OpenAPI document: every operation declares what it answers on
 * success, so clients are generated with a type for it. An operation passes when one of its
 * success responses is typed: a 2xx with a non-empty schema for each of its media types, a 204
 * (no body by definition), or a declared 3xx redirect (a form post answering See Other).
 */

interface MediaType {
  schema?: Record<string, unknown>;
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Document {
  paths?: Record<string, Record<string, { responses?: Record<string, Response> } | unknown>>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function typedSuccess(status: string, response: Response): boolean {
  if (status === '204' || /^3\d\d$/.test(status)) return true;
  if (!/^2\d\d$/.test(status)) return false;
  const media = Object.values(response.content ?? {});
  return media.length > 0 && media.every((m) => m.schema !== undefined && Object.keys(m.schema).length > 0);
}

/** `METHOD /path` of every operation without a typed success response. */
export function untypedOperations(doc: Document): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const responses = (op as { responses?: Record<string, Response> }).responses ?? {};
      if (!Object.entries(responses).some(([status, r]) => typedSuccess(status, r))) out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out;
}
