import { randomUUID } from 'node:crypto';
import type { Ctx, Role } from '../../platform/context.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { formatMoney } from '../../platform/money/index.js';
import { publishEvent } from '../../platform/outbox/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { MediaModule } from '../media/index.js';
import type { NotificationsModule } from '../notifications/index.js';
import type { OrgModule } from '../org/index.js';
import type { PricingModule } from '../pricing/index.js';
import type { TenantRef } from '../../platform/context.js';
import type { TradeinsModule } from '../tradeins/index.js';
import { renderStatusEmail, type StatusEmail } from './emails.js';
import { parseSubmissionId } from './ids.js';
import type { MailInKit } from './ports.js';
import type { SeedStatus } from './status.js';
import { SubmissionsErrors as E } from './submissions.errors.js';
import { submissionsRepository as repo, type Submission } from './submissions.repository.js';

/** What the use cases need from the rest of the product (wired in `src/main/container.ts`). */
export interface SubmissionsDeps {
  db: Db;
  clock: Clock;
  org: Pick<OrgModule, 'users' | 'locations'>;
  catalog: Pick<CatalogModule, 'getVariants'>;
  pricing: Pick<PricingModule, 'basePriceMinor' | 'valueForCondition'>;
  tradeins: Pick<TradeinsModule, 'transitionDevice' | 'recordFinalValuation' | 'applyCustomerDecision' | 'getDevice'>;
  media: MediaModule;
  notifications: Pick<NotificationsModule, 'enqueueRenderedEmail'>;
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  publicUrl: string;
  /** Replaced by the logistics carrier label at wiring; the printable fallback by default. */
  kit: MailInKit;
}

/** Staff who see every submission and move it through the facility steps. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'facility_lead', 'technician'];
/** Staff who make offers and send kits. */
export const OFFER_ROLES: readonly Role[] = ['admin', 'facility_lead'];

export function isStaff(ctx: Ctx): boolean {
  return !!ctx.actor.role && STAFF_ROLES.includes(ctx.actor.role);
}

/** Signed-in user with one of `roles` (any signed-in user without `roles`). */
export function requireActor(ctx: Ctx, roles?: readonly Role[]): number {
  if (ctx.actor.kind !== 'user' && ctx.actor.kind !== 'apikey') throw PlatformErrors.U000002();
  if (roles && (!ctx.actor.role || !roles.includes(ctx.actor.role))) throw PlatformErrors.F000001();
  return ctx.actor.userId ?? 0;
}

/** The submission if the caller may see it (staff: any of the tenant; a customer: their own), else N410001. */
export async function loadVisible(ctx: Ctx, rawId: string): Promise<Submission> {
  requireActor(ctx);
  const id = parseSubmissionId(rawId);
  const sub = id ? await repo.findByPublicId(ctx, id) : null;
  if (!sub || (!isStaff(ctx) && sub.customerUserId !== ctx.actor.userId)) throw E.N410001({ id: rawId });
  return sub;
}

/** 409 naming the current status (re-read, so a lost race reports what the winner did). */
export async function conflict(ctx: Ctx, submissionId: number, action: string): Promise<never> {
  const now = await repo.findById(ctx, submissionId);
  throw E.B410001({ status: now?.status ?? 'unknown', action });
}

export function submissionUrl(d: Pick<SubmissionsDeps, 'publicUrl'>, ctx: Ctx, publicId: string): string {
  return `${d.publicUrl}/${ctx.tenant.slug}/upgrade/submissions/${publicId}`;
}

/** Publishes the submission's domain event (`submission.updated`, `offer.created` …) in the caller's transaction. */
export async function publishChange(tx: Ctx, submissionId: number, type: string, extra: Record<string, unknown> = {}): Promise<Submission> {
  const sub = (await repo.findById(tx, submissionId))!;
  const now = tx.clock.now();
  await publishEvent(tx.db, {
    tenantId: tx.tenant.id,
    type,
    occurredAt: now,
    data: {
      id: sub.publicId,
      status: sub.status,
      product_id: `prod_${sub.variantId}`,
      condition: sub.condition,
      currency: sub.currency,
      accepted_amount_minor: sub.acceptedAmountMinor,
      final_amount_minor: sub.finalPriceMinor,
      ...extra,
    },
  });
  return sub;
}

/**
 * Everything a status change leaves behind, in the caller's transaction: the timeline entry,
 * the domain event (`submission.<status>`) and, when `email` is given, the customer's e-mail.
 */
export async function recordChange(
  d: SubmissionsDeps,
  tx: Ctx,
  submissionId: number,
  status: SeedStatus,
  opts: { note?: string | null; email?: StatusEmail; amountMinor?: number | null; expiresAt?: Date; event?: string; extra?: Record<string, unknown> } = {},
): Promise<Submission> {
  const now = tx.clock.now();
  await repo.insertEvent(tx, submissionId, status, tx.actor, opts.note ?? null, now);
  const sub = await publishChange(tx, submissionId, opts.event ?? `submission.${status}`, opts.extra);
  if (opts.email) await emailCustomer(d, tx, sub, opts.email, opts);
  return sub;
}

/** E-mails the customer about their submission (localized, with the submission's page link), in the caller's transaction. */
export async function emailCustomer(
  d: SubmissionsDeps,
  tx: Ctx,
  sub: Submission,
  kind: StatusEmail,
  opts: { amountMinor?: number | null; expiresAt?: Date },
): Promise<void> {
  const user = await d.org.users.findById(tx, sub.customerUserId);
  if (!user?.email) return;
  const profile = await repo.profile(tx, sub.customerUserId);
  const locale = user.locale ?? tx.tenant.defaultLocale ?? 'en';
  const name = [profile?.firstName ?? user.firstName, profile?.lastName ?? user.lastName].filter(Boolean).join(' ') || user.email;
  const rendered = renderStatusEmail(kind, locale, {
    tenantName: tx.tenant.name,
    customerName: name,
    productName: sub.productName,
    amount: opts.amountMinor !== undefined && opts.amountMinor !== null ? formatMoney(opts.amountMinor, sub.currency, locale) : undefined,
    expires: opts.expiresAt ? `${opts.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : undefined,
    labelUrl: sub.kitLabelUrl ?? undefined,
    submissionUrl: submissionUrl(d, tx, sub.publicId),
  });
  await d.notifications.enqueueRenderedEmail(tx, {
    to: user.email,
    template: `submission.${kind}`,
    locale,
    ...rendered,
    // One e-mail per status change; the change's transaction commits at most once.
    dedupeKey: `submission-email:${sub.publicId}:${kind}:${randomUUID()}`,
  });
}
