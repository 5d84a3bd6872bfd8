import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, core } from 'zod';
import type { FieldError } from '../../platform/errors/index.js';
import { translate } from '../../platform/i18n/index.js';

/** A request part (body, querystring, params, headers) that failed its zod schema. */
export class RequestValidationError extends Error {
  constructor(
    readonly part: string,
    readonly issues: core.$ZodIssue[],
  ) {
    super(`request ${part} is invalid`);
    this.name = 'RequestValidationError';
  }
}

/** Compiles zod schemas for fastify: parse (with coercion/defaults) or fail with every issue. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
  };

/** Zod issues → localized field errors with stable codes. */
export function fieldErrors(issues: core.$ZodIssue[], locale: string): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const raw = issue as core.$ZodIssue & { input?: unknown; expected?: string; minimum?: unknown; maximum?: unknown };
    let code: string = issue.code;
    if (issue.code === 'invalid_type' && raw.input === undefined) code = 'required';
    const params: Record<string, unknown> = {
      expected: raw.expected ?? '',
      minimum: raw.minimum !== undefined ? String(raw.minimum) : '',
      maximum: raw.maximum !== undefined ? String(raw.maximum) : '',
    };
    const key = `field.${code}`;
    const message = translate(key, locale, params);
    return { path, code, message: message === key ? issue.message : message };
  });
}
