import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SEED_STATUSES } from '../../modules/submissions/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import {
  Condition,
  IdParams,
  OfferJson,
  SubmissionJson,
  SubmissionSummary,
  TenantParams,
  offerJson,
  submissionJson,
  summaryJson,
} from './submissions.schemas.js';

const tags = ['upgrade'];
const SubmissionBody = z.object({
  product_id: z.union([z.string().min(1).max(40), z.number().int().positive()]),
  serial_number: z.string().max(64).nullish(),
  condition: Condition,
  description: z.string().max(2000).nullish(),
  photos: z.array(z.string().max(80)).max(50).optional(),
});
const Answer = z.object({ offer: OfferJson, submission: SubmissionJson });

/** Seed 001 submissions, their actions (ship, receive, inspect) and offers. */
export async function submissionRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { submissions } = deps.modules;
  const view = async (ctx: ReturnType<typeof requireCtx>, detail: Awaited<ReturnType<typeof submissions.get>>) =>
    submissionJson(ctx.tenant.slug, detail, ctx.clock.now(), submissions.returnLabelUrl(ctx, detail.submission.publicId));

  r.get(
    '/api/:tenant/submissions',
    {
      schema: {
        tags,
        summary: 'List submissions (a customer: their own; staff: all of the tenant)',
        params: TenantParams,
        querystring: z.object({
          status: z.enum(SEED_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ count: z.number(), results: z.array(SubmissionSummary) }) },
      },
    },
    async (request) => {
      const { rows, total } = await submissions.list(requireCtx(request), request.query);
      return { count: total, results: rows.map(summaryJson) };
    },
  );

  r.post(
    '/api/:tenant/submissions',
    { schema: { tags, summary: 'Create a submission (draft)', params: TenantParams, body: SubmissionBody, response: { 201: SubmissionJson } } },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const b = request.body;
      const detail = await submissions.create(ctx, {
        productId: b.product_id,
        serialNumber: b.serial_number,
        condition: b.condition,
        description: b.description,
        photos: b.photos,
      });
      return reply.status(201).send(await view(ctx, detail));
    },
  );

  r.get(
    '/api/:tenant/submissions/:id',
    {
      schema: {
        tags,
        summary: 'Get submission details (suggested offer with its breakdown, photos, offers, history)',
        params: IdParams,
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      return view(ctx, await submissions.get(ctx, request.params.id));
    },
  );

  r.put(
    '/api/:tenant/submissions/:id',
    {
      schema: {
        tags,
        summary: 'Update a draft submission (any subset; photos replaces the list)',
        params: IdParams,
        body: SubmissionBody.partial(),
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const b = request.body;
      const detail = await submissions.update(ctx, request.params.id, {
        productId: b.product_id,
        serialNumber: b.serial_number,
        condition: b.condition,
        description: b.description,
        photos: b.photos,
      });
      return view(ctx, detail);
    },
  );

  r.post(
    '/api/:tenant/submissions/:id',
    {
      schema: {
        tags,
        summary: 'Submit for review (draft → submitted); needs a serial number and the required photo angles',
        params: IdParams,
        body: z.object({}).passthrough().nullish(),
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      return view(ctx, await submissions.submit(ctx, request.params.id));
    },
  );

  r.post(
    '/api/:tenant/submissions/:id/ship',
    {
      schema: {
        tags,
        summary: 'Staff: send the shipping kit again (kit), record the carrier hand-over (shipped), or send a declined item back (return)',
        params: IdParams,
        body: z.object({ action: z.enum(['kit', 'shipped', 'return']).optional() }).nullish(),
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      return view(ctx, await submissions.ship(ctx, request.params.id, request.body?.action));
    },
  );

  r.post(
    '/api/:tenant/submissions/:id/receive',
    {
      schema: {
        tags,
        summary: 'Staff: the device arrived at the facility (shipped → received)',
        params: IdParams,
        body: z.object({ notes: z.string().max(2000).nullish() }).nullish(),
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      return view(ctx, await submissions.receive(ctx, request.params.id, request.body?.notes ?? null));
    },
  );

  r.post(
    '/api/:tenant/submissions/:id/inspect',
    {
      schema: {
        tags,
        summary: 'Staff: start the inspection, complete it with the final valuation (received → inspected), or reject the item (declined)',
        params: IdParams,
        body: z.object({
          action: z.enum(['start', 'complete', 'reject']),
          final_amount: z.number().min(0).max(1_000_000).nullish(),
          condition: Condition.nullish(),
          notes: z.string().max(2000).nullish(),
          photos: z.array(z.string().max(80)).max(50).optional(),
        }),
        response: { 200: SubmissionJson },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const b = request.body;
      const input =
        b.action === 'complete'
          ? { action: b.action, finalAmount: b.final_amount, condition: b.condition, notes: b.notes, photos: b.photos }
          : b.action === 'reject'
            ? { action: b.action, notes: b.notes }
            : { action: b.action };
      return view(ctx, await submissions.inspect(ctx, request.params.id, input));
    },
  );

  r.get(
    '/api/:tenant/submissions/:id/kit',
    {
      schema: {
        tags,
        summary: 'The printable shipping label (PDF) of an accepted submission, or its return label (?kind=return)',
        params: IdParams,
        querystring: z.object({ kind: z.enum(['mail_in', 'return']).default('mail_in') }),
        produces: ['application/pdf'],
        response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'The label (PDF)' }) },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const pdf = await submissions.renderKit(ctx, request.params.id, request.query.kind);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${request.params.id}-${request.query.kind}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  r.post(
    '/api/:tenant/offers',
    {
      schema: {
        tags,
        summary: 'Admin: offer an amount for a submitted item (default: the suggested offer); replaces an open or expired offer',
        params: TenantParams,
        body: z.object({
          submission_id: z.string().min(1).max(80),
          amount: z.number().min(0).max(1_000_000).nullish(),
          notes: z.string().max(2000).nullish(),
          expires_at: z.iso.datetime({ offset: true }).nullish(),
        }),
        response: { 201: OfferJson },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const b = request.body;
      const offer = await submissions.createOffer(ctx, {
        submissionId: b.submission_id,
        amount: b.amount,
        notes: b.notes,
        expiresAt: b.expires_at ? new Date(b.expires_at) : null,
      });
      return reply.status(201).send(offerJson(offer, ctx.clock.now()));
    },
  );

  r.post(
    '/api/:tenant/offers/:id',
    {
      schema: {
        tags,
        summary: 'Customer: accept or decline an offer ({"action":"accept"} | {"action":"decline","reason":…})',
        params: IdParams,
        body: z.object({ action: z.enum(['accept', 'decline']), reason: z.string().max(2000).nullish() }),
        response: { 200: Answer },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const { offer } = await submissions.respondToOffer(ctx, request.params.id, { action: request.body.action, reason: request.body.reason });
      const detail = await submissions.get(ctx, offer.submissionPublicId);
      return { offer: offerJson(offer, ctx.clock.now()), submission: await view(ctx, detail) };
    },
  );
}
