import type { Transporter } from 'nodemailer';
import type { Ctx, TenantRef } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { isLocale, type Locale } from '../../platform/i18n/index.js';
import { lazy } from '../../platform/lazy.js';
import { allowPrivateOutbound } from '../../platform/outbound-http/index.js';
import { enqueueOutbox, type OutboxDispatcher, type StoredOutboxMessage } from '../../platform/outbox/index.js';
import { postToBackend } from './backend.js';
import { renderEmail, type EmailData, type EmailTemplate } from './email-templates.js';
import { NotificationSettings } from './notifications.settings.js';
import { notificationsRepository, type QueuedEmail } from './notifications.repository.js';

/** nodemailer, imported when the first e-mail is sent (without SMTP_URL, never). */
const loadNodemailer = lazy(async () => (await import('nodemailer')).default);

/** Outbox topics this module delivers. */
export const EMAIL_TOPIC = 'email.send';
export const BACKEND_TOPIC = 'backend.notify';

export interface NotificationsDeps {
  db: Db;
  clock: Clock;
  /** SMTP connection URL; without it emails stay in the outbox (readable by admins). */
  smtpUrl: string | undefined;
  /** `Name <address>` or a bare address; the tenant's name replaces the display name. */
  mailFrom: string;
  /** Active tenant by id (delivery reads current settings). */
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  log?: { warn: (o: object, m?: string) => void };
}

export interface EnqueueEmailInput {
  to: string;
  template: EmailTemplate;
  locale: string;
  data: EmailData;
  /** One email per effect: the same key never sends twice. */
  dedupeKey: string;
}

export interface BackendEvent {
  event: string;
  payload: Record<string, unknown>;
  /** Stable per effect; also the delivery id the backend dedupes on. */
  dedupeKey: string;
}

/** What happened to a backend notification; `failed` only in synchronous mode. */
export type BackendOutcome = 'not_configured' | 'queued' | 'sent' | 'failed';

function parseFrom(mailFrom: string): { address: string; domain: string } {
  const m = mailFrom.match(/<([^>]+)>/);
  const address = (m ? m[1] : mailFrom).trim();
  return { address, domain: address.split('@')[1] ?? 'tradein.local' };
}

export class NotificationsService {
  private transport: Transporter | null = null;

  constructor(private readonly deps: NotificationsDeps) {}

  /** Renders an email now (so admins can read it) and queues it in the caller's transaction. */
  async enqueueEmail(ctx: Ctx, input: EnqueueEmailInput): Promise<number> {
    const locale: Locale = isLocale(input.locale) ? input.locale : 'en';
    const rendered = renderEmail(input.template, locale, input.data);
    return enqueueOutbox(ctx.db, {
      tenantId: ctx.tenant.id,
      topic: EMAIL_TOPIC,
      dedupeKey: input.dedupeKey,
      // The dispatcher compares with its clock; the database's now() may differ (tests move time).
      availableAt: ctx.clock.now(),
      payload: { to: input.to, template: input.template, locale, tenantName: ctx.tenant.name, ...rendered },
    });
  }

  /**
   * Queues an email another module rendered itself (its own localized texts), in the caller's
   * transaction; delivered like every other email.
   */
  enqueueRenderedEmail(
    ctx: Ctx,
    input: { to: string; template: string; locale: string; subject: string; html: string; text: string; dedupeKey: string },
  ): Promise<number> {
    return enqueueOutbox(ctx.db, {
      tenantId: ctx.tenant.id,
      topic: EMAIL_TOPIC,
      dedupeKey: input.dedupeKey,
      availableAt: ctx.clock.now(),
      payload: {
        to: input.to,
        template: input.template,
        locale: input.locale,
        tenantName: ctx.tenant.name,
        subject: input.subject,
        html: input.html,
        text: input.text,
      },
    });
  }

  /**
   * Tells the tenant's backend about an event. Asynchronous mode queues it in the caller's
   * transaction; synchronous mode calls now and reports `failed` so the caller can roll back.
   */
  async notifyBackend(ctx: Ctx, event: BackendEvent): Promise<BackendOutcome> {
    const s = NotificationSettings.read(ctx.tenant);
    if (!s.backendUrl) return 'not_configured';
    if (s.backendMode === 'sync') {
      try {
        await postToBackend({
          url: s.backendUrl,
          secret: s.backendSecret,
          timeoutMs: s.backendTimeoutMs,
          deliveryId: event.dedupeKey,
          event: event.event,
          payload: event.payload,
          now: ctx.clock.now(),
          allowPrivate: allowPrivateOutbound(ctx.tenant),
        });
        return 'sent';
      } catch (err) {
        this.deps.log?.warn({ err: String(err), event: event.event }, 'synchronous backend notification failed');
        return 'failed';
      }
    }
    await enqueueOutbox(ctx.db, {
      tenantId: ctx.tenant.id,
      topic: BACKEND_TOPIC,
      dedupeKey: `backend:${event.dedupeKey}`,
      availableAt: ctx.clock.now(),
      payload: { event: event.event, deliveryId: event.dedupeKey, data: event.payload },
    });
    return 'queued';
  }

  listEmails(ctx: Ctx, opts: { limit: number; offset: number; to?: string }): Promise<{ count: number; rows: QueuedEmail[] }> {
    return notificationsRepository.listEmails(ctx, opts);
  }

  /** Whether emails leave the outbox (an SMTP server is configured). */
  get smtpConfigured(): boolean {
    return !!this.deps.smtpUrl;
  }

  /** Registers the delivery handlers; `email.send` only when SMTP is configured. */
  registerHandlers(outbox: OutboxDispatcher): void {
    if (this.deps.smtpUrl) outbox.register(EMAIL_TOPIC, (msg) => this.deliverEmail(msg));
    outbox.register(BACKEND_TOPIC, (msg) => this.deliverBackend(msg));
  }

  /**
   * Sends one queued email. Idempotent: the Message-ID derives from the outbox id (receivers
   * drop duplicates) and a delivery already recorded is not sent again.
   */
  async deliverEmail(msg: StoredOutboxMessage): Promise<void> {
    const { db } = this.deps;
    if (await notificationsRepository.deliveryOf(db, msg.tenantId, msg.id)) return;
    const p = msg.payload as { to: string; subject: string; html: string; text: string; tenantName?: string; locale?: string };
    const from = parseFrom(this.deps.mailFrom);
    const messageId = `<tradein-${msg.tenantId}-${msg.id}@${from.domain}>`;
    if (!this.transport) {
      const nodemailer = await loadNodemailer();
      this.transport ??= nodemailer.createTransport(this.deps.smtpUrl!);
    }
    await this.transport.sendMail({
      from: p.tenantName ? { name: p.tenantName, address: from.address } : this.deps.mailFrom,
      to: p.to,
      subject: p.subject,
      text: p.text,
      html: p.html,
      messageId,
      headers: p.locale ? { 'Content-Language': p.locale } : undefined,
    });
    await notificationsRepository.recordDelivery(db, {
      tenantId: msg.tenantId,
      outboxId: msg.id,
      messageId,
      recipient: p.to,
      sentAt: this.deps.clock.now(),
    });
  }

  /** Delivers a queued backend event with the tenant's current URL and secret. */
  async deliverBackend(msg: StoredOutboxMessage): Promise<void> {
    const tenant = await this.deps.findTenant(msg.tenantId);
    if (!tenant) return;
    const s = NotificationSettings.read(tenant);
    if (!s.backendUrl) return;
    const p = msg.payload as { event: string; deliveryId: string; data: Record<string, unknown> };
    await postToBackend({
      url: s.backendUrl,
      secret: s.backendSecret,
      timeoutMs: s.backendTimeoutMs,
      deliveryId: p.deliveryId,
      event: p.event,
      payload: p.data,
      now: this.deps.clock.now(),
      allowPrivate: allowPrivateOutbound(tenant),
    });
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }
}
