import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { WebhookAttempt, WebhookEndpoint } from '../../modules/webhooks/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const Endpoint = z.object({
  id: z.number().int(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()).describe('Subscribed event types; empty = all'),
  enabled: z.boolean(),
  disabled_reason: z.string().nullable(),
  failing_since: z.string().nullable(),
  secret_rotating_until: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
const EndpointWithSecret = Endpoint.extend({ secret: z.string().describe('whsec_… — shown only in this answer') });

const toEndpoint = (e: WebhookEndpoint): z.infer<typeof Endpoint> => ({
  id: e.id,
  url: e.url,
  description: e.description,
  events: e.eventTypes,
  enabled: e.enabled,
  disabled_reason: e.disabledReason,
  failing_since: e.failingSince?.toISOString() ?? null,
  secret_rotating_until: e.previousSecretExpiresAt?.toISOString() ?? null,
  created_at: e.createdAt.toISOString(),
  updated_at: e.updatedAt.toISOString(),
});

const Attempt = z.object({
  id: z.number().int(),
  message_id: z.string(),
  event_type: z.string(),
  attempt: z.number().int(),
  outcome: z.enum(['succeeded', 'failed', 'gave_up', 'endpoint_disabled']),
  response_status: z.number().int().nullable(),
  response_body: z.string().nullable(),
  error: z.string().nullable(),
  latency_ms: z.number().int().nullable(),
  next_attempt_at: z.string().nullable(),
  trigger: z.string(),
  created_at: z.string(),
});
const toAttempt = (a: WebhookAttempt): z.infer<typeof Attempt> => ({
  id: a.id,
  message_id: a.messageId,
  event_type: a.eventType,
  attempt: a.attempt,
  outcome: a.outcome,
  response_status: a.responseStatus,
  response_body: a.responseBody,
  error: a.error,
  latency_ms: a.latencyMs,
  next_attempt_at: a.nextAttemptAt?.toISOString() ?? null,
  trigger: a.trigger,
  created_at: a.createdAt.toISOString(),
});

const EventList = z.array(z.string().min(1).max(100)).max(100);
const CreateBody = z.object({ url: z.string().min(1).max(2000), description: z.string().max(500).optional(), events: EventList.optional() });
const PatchBody = CreateBody.partial().extend({ enabled: z.boolean().optional() });
const ReplayBody = z.object({ message_id: z.string().min(1).max(100).optional(), since: z.iso.datetime({ offset: true }).optional() });

const tags = ['admin', 'webhooks'];

/** Webhook endpoints of the tenant (admins only): Standard Webhooks signing, delivery log, replay. */
export async function webhooksAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { webhooks } = deps.modules;

  r.get(
    '/api/:tenant/admin/webhooks',
    {
      schema: {
        tags,
        summary: 'Webhook endpoints',
        params: TenantParams,
        response: { 200: z.object({ count: z.number().int(), results: z.array(Endpoint) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const list = await webhooks.list(ctx);
      return { count: list.length, results: list.map(toEndpoint) };
    },
  );

  r.post(
    '/api/:tenant/admin/webhooks',
    {
      schema: {
        tags,
        summary: 'Add an endpoint (its secret is shown only in this answer)',
        params: TenantParams,
        body: CreateBody,
        response: { 201: EndpointWithSecret },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const e = await webhooks.create(ctx, request.body);
      return reply.code(201).send({ ...toEndpoint(e), secret: e.secret });
    },
  );

  r.get('/api/:tenant/admin/webhooks/:id', { schema: { tags, summary: 'One endpoint', params: IdParams, response: { 200: Endpoint } } }, async (request) => {
    const ctx = requireUser(request, ['admin']);
    return toEndpoint(await webhooks.get(ctx, request.params.id));
  });

  r.patch(
    '/api/:tenant/admin/webhooks/:id',
    { schema: { tags, summary: 'Change URL, events, description; enable or disable', params: IdParams, body: PatchBody, response: { 200: Endpoint } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toEndpoint(await webhooks.update(ctx, request.params.id, request.body));
    },
  );

  r.delete(
    '/api/:tenant/admin/webhooks/:id',
    { schema: { tags, summary: 'Remove an endpoint and its delivery log', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await webhooks.remove(ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/:tenant/admin/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'New secret; the previous one keeps signing beside it for 24 hours',
        params: IdParams,
        response: { 200: EndpointWithSecret },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const e = await webhooks.rotateSecret(ctx, request.params.id);
      return { ...toEndpoint(e), secret: e.secret };
    },
  );

  r.get(
    '/api/:tenant/admin/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Delivery attempts, newest first, with status and latency',
        params: IdParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).max(1_000_000).default(0) }),
        response: { 200: z.object({ count: z.number().int(), results: z.array(Attempt) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const { count, rows } = await webhooks.deliveries(ctx, request.params.id, request.query);
      return { count, results: rows.map(toAttempt) };
    },
  );

  r.post(
    '/api/:tenant/admin/webhooks/:id/replay',
    {
      schema: {
        tags,
        summary: 'Send one message again (`message_id`) or every message that failed since a time (`since`)',
        params: IdParams,
        body: ReplayBody,
        response: { 202: z.object({ queued: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const queued = await webhooks.replay(ctx, request.params.id, {
        messageId: request.body.message_id,
        since: request.body.since ? new Date(request.body.since) : undefined,
      });
      return reply.code(202).send({ queued });
    },
  );

  r.post(
    '/api/:tenant/admin/webhooks/:id/test',
    { schema: { tags, summary: 'Send a `webhook.test` event to this endpoint', params: IdParams, response: { 202: z.object({ message_id: z.string() }) } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.code(202).send({ message_id: await webhooks.sendTest(ctx, request.params.id) });
    },
  );
}
