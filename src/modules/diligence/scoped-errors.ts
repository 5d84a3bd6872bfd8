import { AppError, type ErrorDefinition, type ErrorFactories, type ErrorKind } from '../../platform/errors/index.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';

/** An AppError whose message comes from this module's namespaced catalogue entry. */
class ScopedAppError extends AppError {
  constructor(
    code: string,
    kind: ErrorKind,
    params: Record<string, unknown>,
    private readonly messageKey: string,
  ) {
    super(code, kind, params);
    this.message = translate(messageKey, 'en', params);
  }

  override localizedMessage(locale: string): string {
    return translate(this.messageKey, locale, this.params);
  }
}

/**
 * `defineErrors`, but the messages are registered under `namespace.code` only and read from
 * there: seed codes that another module also defines (commerce uses B050001–B050007, N050001,
 * N050002 with other texts) can change neither this module's messages nor that module's.
 */
export function defineScopedErrors<T extends Record<string, ErrorDefinition>>(namespace: string, defs: T): ErrorFactories<T> {
  const texts = Object.fromEntries(Object.entries(defs).map(([code, { kind: _kind, ...text }]) => [code, text]));
  const keys = defineMessages(namespace, texts);
  return Object.fromEntries(
    Object.entries(defs).map(([code, def]) => [code, (params: Record<string, unknown> = {}) => new ScopedAppError(code, def.kind, params, keys[code])]),
  ) as unknown as ErrorFactories<T>;
}
