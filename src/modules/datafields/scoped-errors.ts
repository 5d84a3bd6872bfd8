import { AppError, defineErrors, type ErrorDefinition, type ErrorFactories, type ErrorKind } from '../../platform/errors/index.js';
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
 * `defineErrors`, but messages are also kept under `namespace.code` and read from there, so a
 * seed code that another module reuses with other texts cannot change this module's messages.
 */
export function defineScopedErrors<T extends Record<string, ErrorDefinition>>(namespace: string, defs: T): ErrorFactories<T> {
  defineErrors(defs);
  const texts = Object.fromEntries(Object.entries(defs).map(([code, { kind: _kind, ...text }]) => [code, text]));
  const keys = defineMessages(namespace, texts);
  return Object.fromEntries(
    Object.entries(defs).map(([code, def]) => [code, (params: Record<string, unknown> = {}) => new ScopedAppError(code, def.kind, params, keys[code])]),
  ) as unknown as ErrorFactories<T>;
}
