import { defineMessages, hasMessage, translate, type MessageDefinition } from '../i18n/index.js';

/**
 * What went wrong, independent of transport. Each HTTP surface maps kinds to statuses in its one
 * error handler: validation 400, unauthenticated 401, forbidden 403, not_found 404,
 * conflict 409, precondition 422, rate_limited 429, unavailable 503, internal 500.
 */
export type ErrorKind =
  'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'precondition' | 'rate_limited' | 'unavailable' | 'internal';

/** One failing input field of a validation error. */
export interface FieldError {
  /** Dotted path of the field, e.g. `GradingForm.Answers.3`. */
  path: string;
  /** Stable reason code, e.g. `required`, `invalid_type`, `too_small`. */
  code: string;
  message: string;
}

/** The one application error type: a stable code, a kind and the parameters of its message. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
    /** Catalogue key of the message; the code itself unless the definition was namespaced. */
    readonly messageKey: string = code,
  ) {
    super(translate(messageKey, 'en', params));
    this.name = 'AppError';
  }

  /** The message in `locale` (falls back to English). */
  localizedMessage(locale: string): string {
    return translate(this.messageKey, locale, this.params);
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

const definedErrors: { code: string; kind: ErrorKind; namespace: string }[] = [];

/**
 * Every code declared with {@link defineErrors} so far, with its kind: lets a test hold the
 * catalogue to its conventions (an N-code is not_found, a B-code a client error, …).
 */
export function declaredErrors(): readonly { code: string; kind: ErrorKind; namespace: string }[] {
  return definedErrors;
}

/** The English message (translations: the per-locale catalogs) plus the kind every error with this code has. */
export type ErrorDefinition = MessageDefinition & { kind: ErrorKind };

export type ErrorFactories<T> = {
  [K in keyof T]: (params?: Record<string, unknown>) => AppError;
};

/**
 * Declares error codes with their kind and localized messages (ICU placeholders such as
 * `{id}`), returning one factory per code: `Errors.B090030({ id })`.
 *
 * With a `namespace`, each error reads its message from `namespace.code`, so two modules that
 * both raise a seed code (e.g. N050002 "Model not found." in due diligence and data fields)
 * keep their own texts; the bare code is registered too when no one has it yet.
 */
export function defineErrors<T extends Record<string, ErrorDefinition>>(defs: T, namespace = ''): ErrorFactories<T> {
  const texts: Record<string, MessageDefinition> = {};
  const factories: Record<string, (params?: Record<string, unknown>) => AppError> = {};
  for (const [code, def] of Object.entries(defs)) {
    const { kind, ...text } = def;
    definedErrors.push({ code, kind, namespace });
    texts[code] = text as MessageDefinition;
    const key = namespace ? `${namespace}.${code}` : code;
    factories[code] = (params = {}) => new AppError(code, kind, params, [], key);
  }
  if (namespace) {
    defineMessages(namespace, texts);
    const unclaimed = Object.fromEntries(Object.entries(texts).filter(([code]) => !hasMessage(code)));
    defineMessages('', unclaimed);
  } else {
    defineMessages('', texts);
  }
  return factories as ErrorFactories<T>;
}
