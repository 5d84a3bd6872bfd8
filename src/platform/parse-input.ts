import type { z } from 'zod';
import { AppError } from './errors/index.js';

/** Parses a use case's input; a failure is the platform's coded validation error (400), never a 500. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  const fields = res.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', code: i.code, message: i.message }));
  throw new AppError('B000001', 'validation', { count: fields.length }, fields);
}
