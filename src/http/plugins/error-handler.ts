import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, PlatformErrors, type ErrorKind } from '../../platform/errors/index.js';
import { DataDirLockedError } from '../../platform/db/index.js';
import { translate } from '../../platform/i18n/index.js';
import { fieldErrors, RequestValidationError } from './validation.js';
import { surfaceOf, type Surface } from './surface.js';

/** The one place where an error kind becomes an HTTP status. */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * SQLSTATEs a client's values can provoke (class 22 data exceptions, index row too large, …),
 * mapped to the field message that explains them. A net behind request validation: the message
 * never carries the database's own text.
 */
const DATA_ERROR_REASON: Record<string, string> = {
  '22021': 'field.nul_character',
  '22P05': 'field.nul_character',
  '22003': 'field.out_of_range',
  '22008': 'field.out_of_range',
  '22007': 'field.date',
  '22P02': 'field.invalid_value',
  '22001': 'field.value_too_long',
  '54000': 'field.value_too_long',
  '22023': 'field.invalid_value',
  '2201B': 'field.invalid_value',
  '22025': 'field.invalid_value',
  '22030': 'field.invalid_value',
  '22032': 'field.invalid_value',
  '23514': 'field.invalid_value',
  '23503': 'field.invalid_value',
};

/** A PostgreSQL error caused by the values of a request → a 4xx error, else null. */
export function databaseInputError(err: unknown, locale: string): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === '23505') return PlatformErrors.B000004();
  const key = DATA_ERROR_REASON[code] ?? (code.startsWith('22') ? 'field.invalid_value' : undefined);
  return key ? PlatformErrors.B000003({ reason: translate(key, locale, { maximum: '' }) }) : null;
}

/** Turns anything thrown into an AppError; unknown errors become I000001 (details only in the log). */
export function toAppError(err: unknown, request: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof RequestValidationError) {
    const fields = fieldErrors(err.issues, request.locale, err.schema).map((f) => ({
      ...f,
      path: err.part === 'body' ? f.path : `${err.part === 'querystring' ? 'query' : err.part}.${f.path}`,
    }));
    return new AppError('B000001', 'validation', { count: fields.length }, fields);
  }
  if (err instanceof DataDirLockedError) return PlatformErrors.I000002();
  const fe = err as FastifyError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fe.statusCode === 400 ||
      fe.statusCode === 413 ||
      fe.statusCode === 415
    ) {
      return PlatformErrors.B000002({ reason: fe.message });
    }
    if (fe.statusCode === 404) return PlatformErrors.N000003();
    return PlatformErrors.B000002({ reason: fe.message });
  }
  if (err instanceof SyntaxError) return PlatformErrors.B000002({ reason: err.message });
  const fromDatabase = databaseInputError(err, request.locale);
  if (fromDatabase) return fromDatabase;
  return PlatformErrors.I000001({ requestId: request.id });
}

/** Body of an error on each surface (documented in the README). */
export function errorBody(surface: Surface, err: AppError, request: FastifyRequest): unknown {
  const message = err.localizedMessage(request.locale);
  switch (surface) {
    case 'storefront': {
      // Akinon / Django REST framework style (seed 002).
      if (err.kind === 'validation' && err.fields.length) {
        const body: Record<string, unknown> = {};
        for (const f of err.fields) body[f.path] = f.message;
        body.error_code = err.code;
        return body;
      }
      if (err.kind === 'not_found') return { detail: message };
      return { detail: message, error_code: err.code };
    }
    case 'retail':
      // One error shape everywhere, plus PascalCase aliases that Foxway-style clients read.
      return {
        code: err.code,
        kind: err.kind,
        message,
        params: err.params,
        ...(err.fields.length ? { fields: err.fields } : {}),
        requestId: request.id,
        Code: err.code,
        Message: message,
      };
    case 'upgrade':
    case 'admin':
    case 'ops':
      return {
        code: err.code,
        kind: err.kind,
        message,
        params: err.params,
        ...(err.fields.length ? { fields: err.fields } : {}),
        requestId: request.id,
      };
  }
}

export function sendError(reply: FastifyReply, err: AppError): FastifyReply {
  const status = STATUS_BY_KIND[err.kind];
  if (err.kind === 'rate_limited' && typeof err.params.seconds === 'number') reply.header('retry-after', String(err.params.seconds));
  return reply.status(status).send(errorBody(surfaceOf(reply.request), err, reply.request));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const appError = toAppError(err, request);
    if (appError.kind === 'internal' || appError.kind === 'unavailable') {
      request.log.error({ err }, 'request failed');
    } else if (appError.code === 'B000003' || appError.code === 'B000004') {
      // Validation should have caught it: keep the database's words for whoever fixes the schema.
      request.log.warn({ err }, 'database refused request values');
    } else {
      request.log.info({ code: appError.code }, 'request refused');
    }
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    return sendError(reply, PlatformErrors.N000001({ method: request.method, url: request.url.split('?')[0] }));
  });
}
