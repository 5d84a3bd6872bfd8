import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/** `?page=&limit=` of seed 002's paged lists. */
export const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Response schema of a paged list (`count`, `next`, `previous`, `results`). */
export const Paged = <T extends z.ZodType>(item: T) =>
  z.object({ count: z.number().int(), next: z.string().nullable(), previous: z.string().nullable(), results: z.array(item) });

/** A seed 002 paged answer: absolute `next`/`previous` links with the same `limit`. */
export function paged<T>(request: FastifyRequest, paging: { page: number; limit: number }, count: number, results: T[]) {
  const base = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
  const at = (p: number) => `${base}?page=${p}&limit=${paging.limit}`;
  return {
    count,
    next: paging.page * paging.limit < count ? at(paging.page + 1) : null,
    previous: paging.page > 1 ? at(paging.page - 1) : null,
    results,
  };
}

/** The use cases' page of a `Paging` query. */
export const pageOf = (q: { page: number; limit: number }) => ({ limit: q.limit, offset: (q.page - 1) * q.limit });
