import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, PlatformErrors, type ErrorKind } from '../../platform/errors/index.js';
import { DataDirLockedError } from '../../platform/db/index.js';
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

/** Turns anything thrown into an AppError; unknown errors become I000001 (details only in the log). */
export function toAppError(err: unknown, request: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof RequestValidationError) {
    const fields = fieldErrors(err.issues, request.locale).map((f) => ({
      ...f,
      path: err.part === 'body' ? f.path : `${err.part === 'querystring' ? 'query' : err.part}.${f.path}`,
    }));
    return new AppError('B000001', 'validation', { count: fields.length }, fields);
  }
  if (err instanceof DataDirLockedError) return PlatformErrors.I000002();
  const fe = err as FastifyError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.statusCode === 400 || fe.statusCode === 413 || fe.statusCode === 415) {
      return PlatformErrors.B000002({ reason: fe.message });
    }
    if (fe.statusCode === 404) return PlatformErrors.N000003();
    return PlatformErrors.B000002({ reason: fe.message });
  }
  if (err instanceof SyntaxError) return PlatformErrors.B000002({ reason: err.message });
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
    } else {
      request.log.info({ code: appError.code }, 'request refused');
    }
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    return sendError(reply, PlatformErrors.N000001({ method: request.method, url: request.url.split('?')[0] }));
  });
}
