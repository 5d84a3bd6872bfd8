import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { core } from 'zod';
import { PlatformErrors } from '../../platform/errors/index.js';
import { RequestValidationError } from './validation.js';
import { surfaceOf } from './surface.js';

/** Deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `text` (JSON) nests arrays/objects deeper than `max`. One linear pass over the
 * characters, so a body nested a million deep is refused in milliseconds instead of being
 * handed to `JSON.parse` and the recursive validators behind it.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return false;
}

/**
 * Replaces fastify's JSON body parser with one that checks depth before parsing (size is
 * bounded by `bodyLimit`); parsing itself stays fastify's (prototype-poisoning safe).
 */
export function registerJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.length && jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(PlatformErrors.B000002({ reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` }), undefined);
      return;
    }
    void parse(request, text, done);
  });
}

function nulIssue(path: string): core.$ZodIssue {
  return { code: 'custom', path: [path], message: 'nul_character', params: { reason: 'nul_character' } } as core.$ZodIssue;
}

/** First string of a flat record (path params, query) holding a NUL character. */
function nulIn(record: unknown): string | null {
  if (!record || typeof record !== 'object') return null;
  for (const [key, value] of Object.entries(record)) {
    const values = Array.isArray(value) ? value : [value];
    if (key.includes('\u0000') || values.some((v) => typeof v === 'string' && v.includes('\u0000'))) return key;
  }
  return null;
}

/**
 * Refuses NUL characters in the path and query before any hook (tenant lookup, API key) uses
 * them: the surface hooks run in `onRequest`, ahead of schema validation.
 */
function refuseNulInUrl(request: FastifyRequest): void {
  if (!/%00/i.test(request.url)) return;
  const inParams = nulIn(request.params);
  if (inParams !== null) throw new RequestValidationError('params', [nulIssue(inParams)]);
  const inQuery = nulIn(request.query);
  throw new RequestValidationError('querystring', [nulIssue(inQuery ?? '(root)')]);
}

/**
 * Retail clients are written against a .NET service whose query parameter names are
 * case-insensitive (`Limit`, `limit`, `itemGroupId`): rename each query key to the spelling
 * the route's schema declares when they differ only in case.
 */
function canonicalQueryNames(request: FastifyRequest): void {
  const schema = request.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined;
  const shape = schema?.shape;
  const query = request.query as Record<string, unknown> | undefined;
  if (!shape || !query || typeof query !== 'object') return;
  const byLower = new Map<string, string>();
  for (const name of Object.keys(shape)) byLower.set(name.toLowerCase(), name);
  let renamed: Record<string, unknown> | null = null;
  for (const key of Object.keys(query)) {
    if (key in shape) continue;
    const canonical = byLower.get(key.toLowerCase());
    if (!canonical || canonical in query) continue;
    renamed ??= { ...query };
    renamed[canonical] = renamed[key];
    delete renamed[key];
  }
  if (renamed) request.query = renamed;
}

/** Admin routes: who may call them is decided before whether the input is valid. */
const ADMIN_ROUTE = /^\/api\/:tenant\/admin\//;

/**
 * Input rules every surface shares: NUL guard on URLs, case-insensitive retail query names,
 * and on admin routes validation errors deferred until the route's role check has run
 * (see {@link deferredValidationError}).
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => refuseNulInUrl(request));
  app.addHook('preValidation', async (request) => {
    if (surfaceOf(request) === 'retail') canonicalQueryNames(request);
  });
  app.addHook('onRoute', (route) => {
    if (!ADMIN_ROUTE.test(route.url)) return;
    route.attachValidation = true;
    const preHandler = async (request: FastifyRequest) => {
      const err = request.validationError;
      if (!err) return;
      // A handler that reads its input before checking roles still never sees invalid input.
      for (const part of ['body', 'query', 'params'] as const) {
        Object.defineProperty(request, part, {
          configurable: true,
          get() {
            throw err;
          },
        });
      }
    };
    const existing = route.preHandler;
    route.preHandler = existing ? [preHandler, ...(Array.isArray(existing) ? existing : [existing])] : [preHandler];
  });
}

/**
 * The validation error fastify attached to a route whose validation is deferred; the auth
 * helpers throw it once the actor is known to be allowed.
 */
export function deferredValidationError(request: FastifyRequest): Error | undefined {
  return request.validationError ?? undefined;
}
