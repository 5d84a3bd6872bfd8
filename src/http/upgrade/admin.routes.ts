import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toMajor } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';

/** The staff roles the submissions module serves its admin views to (its STAFF_ROLES). */
const STAFF = ['admin', 'facility_lead', 'technician'] as const;
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './submissions.schemas.js';

const Counts = z.record(z.string(), z.number());

/** Seed 001 admin dashboard: customers (paged, searchable, with submission counts) and statistics. */
export async function upgradeAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { submissions } = deps.modules;

  r.get(
    '/api/:tenant/admin/customers',
    {
      schema: {
        tags: ['admin'],
        summary: 'List customers (search by name, e-mail, phone, submission id or serial) with their submission counts per status',
        params: TenantParams,
        querystring: z.object({
          q: z.string().max(100).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          page_size: z.coerce.number().int().min(1).max(200).default(25),
        }),
        response: {
          200: z.object({
            count: z.number(),
            page: z.number(),
            page_size: z.number(),
            results: z.array(
              z.object({
                id: z.string(),
                email: z.string(),
                first_name: z.string(),
                last_name: z.string(),
                phone: z.string().nullable(),
                created_at: z.string(),
                submission_count: z.number(),
                submission_counts: Counts,
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      // Who may ask is decided before whether the query is valid (admin routes).
      const ctx = requireUser(request, STAFF);
      const { q, page, page_size } = request.query;
      const { rows, total } = await submissions.listCustomers(ctx, { q, limit: page_size, offset: (page - 1) * page_size });
      return {
        count: total,
        page,
        page_size,
        results: rows.map((c) => ({
          id: c.uid,
          email: c.email,
          first_name: c.firstName,
          last_name: c.lastName,
          phone: c.phone,
          created_at: c.createdAt.toISOString(),
          submission_count: Object.values(c.counts).reduce((a, b) => a + b, 0),
          submission_counts: c.counts,
        })),
      };
    },
  );

  r.get(
    '/api/:tenant/admin/stats',
    {
      schema: {
        tags: ['admin'],
        summary: 'Dashboard statistics for submissions created in [from, to) (default: the last 30 days)',
        params: TenantParams,
        querystring: z.object({
          from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
          to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
        }),
        response: {
          200: z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            currency: z.string(),
            counts: Counts,
            total: z.number(),
            offers: z.object({ accepted: z.number(), declined: z.number(), acceptance_rate: z.number().nullable() }),
            totals: z.object({ offered: z.number(), final: z.number(), inspected_count: z.number() }),
            average_days: z.record(z.string(), z.number().nullable()),
            payouts: z.object({
              count: z.number(),
              total: z.number(),
              by_method: z.array(z.object({ method: z.string(), count: z.number(), total: z.number() })),
            }),
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, STAFF);
      const s = await submissions.stats(ctx, {
        from: request.query.from ? new Date(request.query.from) : null,
        to: request.query.to ? new Date(request.query.to) : null,
      });
      const money = (minor: number) => toMajor(minor, s.currency);
      return {
        period: { from: s.from.toISOString(), to: s.to.toISOString() },
        currency: s.currency,
        counts: s.counts,
        total: s.submissionCount,
        offers: { accepted: s.offersAccepted, declined: s.offersDeclined, acceptance_rate: s.acceptanceRate },
        totals: { offered: money(s.offeredTotalMinor), final: money(s.finalTotalMinor), inspected_count: s.finalCount },
        average_days: s.stepDays,
        payouts: {
          count: s.payoutCount,
          total: money(s.payoutTotalMinor),
          by_method: s.payouts.map((p) => ({ method: p.method, count: p.count, total: money(p.totalMinor) })),
        },
      };
    },
  );
}
