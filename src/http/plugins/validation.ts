import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, core } from 'zod';
import type { FieldError } from '../../platform/errors/index.js';
import { translate } from '../../platform/i18n/index.js';

/** Largest value of a PostgreSQL `integer` column (ids, counts, limits). */
export const INT4_MAX = 2_147_483_647;
/** Longest string any request field may carry (bodies are 2 MB at most; files go as multipart). */
export const MAX_STRING_LENGTH = 65_536;
/** Dates outside years 1–9999 are refused before they reach the database. */
const MIN_DATE_MS = Date.parse('0001-01-01T00:00:00Z');
const MAX_DATE_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A request part (body, querystring, params, headers) that failed its zod schema or the
 * platform-wide input rules ({@link findHostileValue}).
 */
export class RequestValidationError extends Error {
  constructor(
    readonly part: string,
    readonly issues: core.$ZodIssue[],
    /** The schema that refused the input; lets messages tell a whole number from a number. */
    readonly schema?: ZodType,
  ) {
    super(`request ${part} is invalid`);
    this.name = 'RequestValidationError';
  }
}

/** Half of a UTF-16 surrogate pair without its other half: not text, and not storable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a value that passed its schema is still refused (the code of its field error). */
export type HostileReason = 'nul_character' | 'invalid_unicode' | 'int_out_of_range' | 'date_out_of_range' | 'too_long';

/**
 * The platform-wide rules every parsed request value obeys, whatever its route's schema says:
 * no NUL characters or lone surrogates in strings (PostgreSQL text cannot hold them), integers within the range of
 * an `integer` column, dates within years 1–9999, strings at most {@link MAX_STRING_LENGTH}.
 * Returns the first offending value's path and reason, or null.
 */
export function findHostileValue(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; reason: HostileReason; limit?: number } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { path, reason: 'nul_character' };
    if (LONE_SURROGATE.test(value)) return { path, reason: 'invalid_unicode' };
    if (value.length > MAX_STRING_LENGTH) return { path, reason: 'too_long', limit: MAX_STRING_LENGTH };
    return null;
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) > INT4_MAX ? { path, reason: 'int_out_of_range', limit: INT4_MAX } : null;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) || t < MIN_DATE_MS || t > MAX_DATE_MS ? { path, reason: 'date_out_of_range' } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findHostileValue(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\u0000')) return { path: [...path, key], reason: 'nul_character' };
      const found = findHostileValue(v, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function hostileIssue(found: NonNullable<ReturnType<typeof findHostileValue>>): core.$ZodIssue {
  return {
    code: 'custom',
    path: found.path,
    message: found.reason,
    params: { reason: found.reason, limit: found.limit },
  } as core.$ZodIssue;
}

/**
 * Compiles zod schemas for fastify: parse (with coercion/defaults) or fail with every issue;
 * what parses must also pass {@link findHostileValue}, so no route needs its own NUL, range or
 * length checks to keep database errors away.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const part = httpPart ?? 'body';
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) return { error: new RequestValidationError(part, result.error.issues, schema) };
    const hostile = findHostileValue(result.data);
    if (hostile) return { error: new RequestValidationError(part, [hostileIssue(hostile)], schema) };
    return { value: result.data };
  };

type AnySchema = { _zod?: { def?: Record<string, unknown> }; shape?: Record<string, unknown>; isInt?: boolean };

/** The schema that validates `path` inside `schema` (through optional, default, pipe, arrays, records). */
export function schemaAt(schema: unknown, path: readonly PropertyKey[]): AnySchema | undefined {
  let current = schema as AnySchema | undefined;
  let i = 0;
  for (let guard = 0; current && guard < 200; guard++) {
    const def = current._zod?.def ?? {};
    const type = def.type as string | undefined;
    if (
      type === 'optional' ||
      type === 'nullable' ||
      type === 'default' ||
      type === 'prefault' ||
      type === 'catch' ||
      type === 'readonly' ||
      type === 'nonoptional'
    ) {
      current = def.innerType as AnySchema;
      continue;
    }
    if (type === 'pipe') {
      const input = def.in as AnySchema;
      current = input?._zod?.def?.type === 'transform' ? (def.out as AnySchema) : input;
      continue;
    }
    if (i >= path.length) return current;
    const key = path[i++];
    if (type === 'object') current = (def.shape as Record<string, AnySchema> | undefined)?.[String(key)];
    else if (type === 'array') current = def.element as AnySchema;
    else if (type === 'record') current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

/** Zod issues → localized field errors with stable codes. */
export function fieldErrors(issues: core.$ZodIssue[], locale: string, schema?: ZodType): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const raw = issue as core.$ZodIssue & {
      input?: unknown;
      expected?: string;
      minimum?: unknown;
      maximum?: unknown;
      inclusive?: boolean;
      origin?: string;
      params?: Record<string, unknown>;
    };
    let code: string = issue.code;
    let key = `field.${code}`;
    const params: Record<string, unknown> = {
      expected: raw.expected ?? '',
      minimum: raw.minimum !== undefined ? String(raw.minimum) : '',
      maximum: raw.maximum !== undefined ? String(raw.maximum) : '',
    };
    const leaf = () => schemaAt(schema, issue.path);
    if (issue.code === 'custom' && typeof raw.params?.reason === 'string') {
      code = raw.params.reason;
      key = `field.${code}`;
      params.maximum = raw.params.limit !== undefined ? String(raw.params.limit) : '';
    } else if (issue.code === 'invalid_type') {
      if (raw.input === undefined) {
        code = 'required';
        key = 'field.required';
      } else if (raw.expected === 'int' || (raw.expected === 'number' && leaf()?.isInt)) {
        key = 'field.whole_number';
      } else if (raw.expected === 'number') {
        key = 'field.number';
      } else if (raw.expected === 'date') {
        key = 'field.date';
      }
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      const small = issue.code === 'too_small';
      const bound = small ? raw.minimum : raw.maximum;
      if (raw.origin === 'string') key = `field.${issue.code}_length`;
      else if (raw.origin === 'array' || raw.origin === 'set') key = `field.${issue.code}_items`;
      else if (raw.inclusive === false && typeof bound === 'number') {
        // `.positive()` on a whole number means "at least 1", which is what a client can act on.
        if (leaf()?.isInt) params[small ? 'minimum' : 'maximum'] = String(small ? bound + 1 : bound - 1);
        else key = small ? 'field.greater_than' : 'field.less_than';
      }
    }
    const message = translate(key, locale, params);
    return { path, code, message: message === key ? issue.message : message };
  });
}
