import crypto from 'node:crypto';
import type { Clock } from '../../platform/clock/index.js';
import { withTransaction, type Ctx, type TenantRef } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { defineMessages, translate, type Locale } from '../../platform/i18n/index.js';
import { randomToken } from '../../platform/ids/index.js';
import { checkTargetUrl, OutboundError, outboundRequest, type OutboundResponse } from '../../platform/outbound-http/index.js';
import { enqueueOutbox, type OutboxDispatcher, type StoredOutboxMessage } from '../../platform/outbox/index.js';
import { escapeHtml } from '../notifications/index.js';
import { isValidSubscription, subscribes } from './event-types.js';
import { nextRetryDelayMs, retryAfterMs } from './retry-schedule.js';
import { newWebhookSecret, webhookHeaders } from './signature.js';
import { WebhooksErrors as E } from './webhooks.errors.js';
import { webhooksRepository as repo, type WebhookAttempt, type WebhookEndpoint } from './webhooks.repository.js';
import { WebhookSettings } from './webhooks.settings.js';

export const WEBHOOK_DELIVER_TOPIC = 'webhook.deliver';
/** The e-mail topic of the notifications module (its handler sends pre-rendered mails). */
const EMAIL_TOPIC = 'email.send';
/** How long the previous secret keeps signing after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;
/** Bodies over this are refused by the spec's guidance; we trim `data` rather than drop the event. */
const MAX_BODY_BYTES = 20 * 1024;
/** Deliveries in flight at once per worker (one slow receiver no longer holds up every other). */
const DELIVERY_CONCURRENCY = 32;

export interface WebhooksDeps {
  db: Db;
  clock: Clock;
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  /** Addresses of the tenant's admins, told when an endpoint is disabled. */
  adminEmails: (ctx: Ctx) => Promise<string[]>;
}

export interface EndpointInput {
  url: string;
  description?: string;
  events?: string[];
}

const M = defineMessages('webhooks.email', {
  disabledSubject: {
    en: '{tenant}: webhook endpoint disabled',
  },
  disabledBody: {
    en: 'We stopped sending events to {url}: {reason}. Fix the endpoint, then enable it again and replay what failed.',
  },
});

/**
 * Webhooks after Standard Webhooks 1.0: every domain event becomes a message, signed and
 * delivered at least once to each subscribed endpoint through the outbox, retried on the spec's
 * schedule, logged per attempt, replayable.
 */
export class WebhooksService {
  constructor(private readonly deps: WebhooksDeps) {}

  // ------------------------------------------------------------------ administration

  private checkInput(ctx: Ctx, input: Partial<EndpointInput>): void {
    if (input.url !== undefined) {
      const { allowPrivateTargets } = WebhookSettings.read(ctx.tenant);
      try {
        checkTargetUrl(input.url, allowPrivateTargets);
      } catch (err) {
        if (err instanceof OutboundError) throw E.B420001({ reason: err.message });
        throw err;
      }
    }
    for (const type of input.events ?? []) if (!isValidSubscription(type)) throw E.B420002({ type });
  }

  /** Creates an endpoint; the answer is the only time its secret is shown. */
  async create(ctx: Ctx, input: EndpointInput): Promise<WebhookEndpoint> {
    this.checkInput(ctx, input);
    return repo.insertEndpoint(
      ctx,
      { url: input.url, description: input.description ?? '', eventTypes: [...new Set(input.events ?? [])], secret: newWebhookSecret() },
      ctx.clock.now(),
    );
  }

  list(ctx: Ctx): Promise<WebhookEndpoint[]> {
    return repo.listEndpoints(ctx);
  }

  async get(ctx: Ctx, id: number): Promise<WebhookEndpoint> {
    const endpoint = await repo.findEndpoint(ctx, id);
    if (!endpoint) throw E.N420001({ id });
    return endpoint;
  }

  async update(ctx: Ctx, id: number, patch: Partial<EndpointInput> & { enabled?: boolean }): Promise<WebhookEndpoint> {
    this.checkInput(ctx, patch);
    const updated = await repo.updateEndpoint(
      ctx,
      id,
      { url: patch.url, description: patch.description, eventTypes: patch.events ? [...new Set(patch.events)] : undefined, enabled: patch.enabled },
      ctx.clock.now(),
    );
    if (!updated) throw E.N420001({ id });
    return updated;
  }

  async remove(ctx: Ctx, id: number): Promise<void> {
    if (!(await repo.deleteEndpoint(ctx, id))) throw E.N420001({ id });
  }

  /** A new secret; the previous one keeps signing beside it for a day so receivers can switch. */
  async rotateSecret(ctx: Ctx, id: number): Promise<WebhookEndpoint> {
    const now = ctx.clock.now();
    const rotated = await repo.rotateSecret(ctx, id, newWebhookSecret(), new Date(now.getTime() + ROTATION_OVERLAP_MS), now);
    if (!rotated) throw E.N420001({ id });
    return rotated;
  }

  async deliveries(ctx: Ctx, id: number, page: { limit: number; offset: number }): Promise<{ count: number; rows: WebhookAttempt[] }> {
    await this.get(ctx, id);
    return repo.listAttempts(ctx, id, page);
  }

  /** Sends one message again, or every message that failed since a time; returns how many were queued. */
  async replay(ctx: Ctx, id: number, what: { messageId?: string; since?: Date }): Promise<number> {
    if ((what.messageId === undefined) === (what.since === undefined)) throw E.B420003();
    await this.get(ctx, id);
    let messageIds: string[];
    if (what.messageId !== undefined) {
      if (!(await repo.findMessage(ctx, what.messageId))) throw E.N420002({ id: what.messageId });
      messageIds = [what.messageId];
    } else {
      messageIds = await repo.failedMessageIdsSince(ctx, id, what.since!);
    }
    const replayId = randomToken(6);
    await withTransaction(ctx, async (tx) => {
      for (const messageId of messageIds) await this.enqueueDelivery(tx, id, messageId, 1, ctx.clock.now(), `replay:${replayId}`);
    });
    return messageIds.length;
  }

  /** Queues a `webhook.test` event to one endpoint (the admin's "send test event" button). */
  async sendTest(ctx: Ctx, id: number): Promise<string> {
    await this.get(ctx, id);
    return withTransaction(ctx, async (tx) => {
      const messageId = await this.storeMessage(tx, `test_${randomToken(8)}`, 'webhook.test', { endpoint_id: id }, ctx.clock.now());
      await this.enqueueDelivery(tx, id, messageId, 1, ctx.clock.now(), 'test');
      return messageId;
    });
  }

  // ------------------------------------------------------------------ publishing

  /**
   * Turns one event into a message and queues a delivery per subscribed, enabled endpoint — in
   * one transaction, idempotent by `sourceKey` (a redelivered event publishes once).
   */
  async publish(ctx: Ctx, event: { type: string; data: Record<string, unknown>; occurredAt: Date; sourceKey: string }): Promise<void> {
    const endpoints = (await repo.listEndpoints(ctx)).filter((e) => e.enabled && subscribes(e.eventTypes, event.type));
    if (endpoints.length === 0) return;
    await withTransaction(ctx, async (tx) => {
      const messageId = await this.storeMessage(tx, event.sourceKey, event.type, event.data, event.occurredAt);
      for (const e of endpoints) await this.enqueueDelivery(tx, e.id, messageId, 1, ctx.clock.now(), 'event');
    });
  }

  private async storeMessage(ctx: Ctx, sourceKey: string, type: string, data: Record<string, unknown>, occurredAt: Date): Promise<string> {
    // A stable id per source event: `msg_` + 26 hex chars of its hash (webhook-id, the receivers' dedupe key).
    const id = `msg_${crypto.createHash('sha256').update(`${ctx.tenant.id}:${sourceKey}`).digest('hex').slice(0, 26)}`;
    let body = JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
    if (Buffer.byteLength(body) > MAX_BODY_BYTES)
      body = JSON.stringify({ type, timestamp: occurredAt.toISOString(), data: { truncated: true, id: data.id ?? null } });
    await repo.insertMessage(ctx, { id, eventType: type, body }, ctx.clock.now());
    return id;
  }

  private enqueueDelivery(ctx: Ctx, endpointId: number, messageId: string, attempt: number, at: Date, trigger: string): Promise<number> {
    return enqueueOutbox(ctx.db, {
      tenantId: ctx.tenant.id,
      topic: WEBHOOK_DELIVER_TOPIC,
      payload: { endpointId, messageId, attempt, trigger },
      dedupeKey: `webhook:${messageId}:${endpointId}:${trigger}:${attempt}`,
      availableAt: at,
    });
  }

  // ------------------------------------------------------------------ delivery (worker)

  private async systemCtx(tenantId: number): Promise<Ctx | null> {
    const tenant = await this.deps.findTenant(tenantId);
    if (!tenant) return null;
    return {
      tenant,
      actor: { kind: 'system' },
      db: this.deps.db,
      clock: this.deps.clock,
      locale: (tenant.defaultLocale as Locale) ?? 'en',
      requestId: 'webhooks',
    };
  }

  /**
   * One delivery attempt. Never throws for an HTTP outcome: it records the attempt and queues
   * the next one itself (the spec's schedule, or `Retry-After` on 429/503), so the outbox's own
   * retry is only for crashes and database errors.
   */
  async deliver(msg: StoredOutboxMessage): Promise<void> {
    const ctx = await this.systemCtx(msg.tenantId);
    if (!ctx) return;
    const p = msg.payload as { endpointId: number; messageId: string; attempt: number; trigger: string };
    const found = await repo.findDelivery(ctx, p.endpointId, p.messageId);
    if (!found) return;
    const { endpoint, message } = found;
    const now = this.deps.clock.now();
    const base = { endpointId: endpoint.id, messageId: message.id, attempt: p.attempt, trigger: p.trigger };
    if (!endpoint.enabled) {
      await repo.insertAttempt(
        ctx,
        {
          ...base,
          outcome: 'endpoint_disabled',
          responseStatus: null,
          responseBody: null,
          error: endpoint.disabledReason,
          latencyMs: null,
          nextAttemptAt: null,
        },
        now,
      );
      return;
    }
    const settings = WebhookSettings.read(ctx.tenant);
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(endpoint.previousSecret);
    const timestamp = Math.floor(now.getTime() / 1000);
    let res: OutboundResponse | null = null;
    let error: string | null = null;
    try {
      res = await outboundRequest(endpoint.url, {
        method: 'POST',
        headers: webhookHeaders(secrets, message.id, timestamp, message.body),
        body: message.body,
        timeoutMs: settings.timeoutMs,
        maxResponseBytes: 4096,
        allowPrivate: settings.allowPrivateTargets,
      });
    } catch (err) {
      error = err instanceof OutboundError ? `${err.code}: ${err.message}` : String(err);
    }
    const after = this.deps.clock.now();
    const record = {
      ...base,
      responseStatus: res?.status ?? null,
      responseBody: res ? res.body.slice(0, 1000) : null,
      error,
      latencyMs: res?.latencyMs ?? null,
    };

    if (res && res.status >= 200 && res.status < 300) {
      await repo.recordSuccess(ctx, record, after);
      return;
    }
    await withTransaction(ctx, async (tx) => {
      if (res?.status === 410) {
        await repo.insertAttempt(tx, { ...record, outcome: 'gave_up', nextAttemptAt: null }, after);
        await this.disable(tx, endpoint, 'the endpoint answered 410 Gone');
        return;
      }
      const failingSince = await repo.markFailing(tx, endpoint.id, after);
      if (after.getTime() - failingSince.getTime() >= settings.disableAfterDays * 86_400_000) {
        await repo.insertAttempt(tx, { ...record, outcome: 'gave_up', nextAttemptAt: null }, after);
        await this.disable(tx, endpoint, `every delivery failed for ${settings.disableAfterDays} days`);
        return;
      }
      const honoured = res && (res.status === 429 || res.status === 503) ? retryAfterMs(res.headers['retry-after'], after) : null;
      const delay = honoured ?? nextRetryDelayMs(p.attempt);
      if (delay === null) {
        await repo.insertAttempt(tx, { ...record, outcome: 'gave_up', nextAttemptAt: null }, after);
        return;
      }
      const next = new Date(after.getTime() + delay);
      await repo.insertAttempt(tx, { ...record, outcome: 'failed', nextAttemptAt: next }, after);
      await this.enqueueDelivery(tx, endpoint.id, message.id, p.attempt + 1, next, p.trigger);
    });
  }

  private async disable(ctx: Ctx, endpoint: WebhookEndpoint, reason: string): Promise<void> {
    if (!(await repo.disable(ctx, endpoint.id, reason, ctx.clock.now()))) return;
    const locale = ctx.locale;
    const subject = translate(M.disabledSubject, locale, { tenant: ctx.tenant.name });
    const text = translate(M.disabledBody, locale, { url: endpoint.url, reason });
    for (const to of await this.deps.adminEmails(ctx)) {
      await enqueueOutbox(ctx.db, {
        tenantId: ctx.tenant.id,
        topic: EMAIL_TOPIC,
        payload: { to, template: 'webhook.disabled', locale, tenantName: ctx.tenant.name, subject, text, html: `<p>${escapeHtml(text)}</p>` },
        dedupeKey: `webhook-disabled:${endpoint.id}:${endpoint.updatedAt.getTime()}:${to}`,
        availableAt: ctx.clock.now(),
      });
    }
  }

  /**
   * Registers the delivery consumer with the worker. Deliveries are independent (each records its
   * own attempt and queues its own retry) and wait on the receiver, so a batch runs several at once.
   */
  registerHandlers(outbox: OutboxDispatcher): void {
    outbox.register(WEBHOOK_DELIVER_TOPIC, (msg) => this.deliver(msg), { concurrency: DELIVERY_CONCURRENCY });
  }

  /** A context for a tenant id, for consumers that turn outbox messages into events. */
  contextFor(tenantId: number): Promise<Ctx | null> {
    return this.systemCtx(tenantId);
  }
}
