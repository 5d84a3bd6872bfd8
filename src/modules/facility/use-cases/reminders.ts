import type { Ctx } from '../../../platform/context.js';
import { isLocale } from '../../../platform/i18n/index.js';
import { formatMoney } from '../../../platform/money/index.js';
import { enqueueOutbox, type StoredOutboxMessage } from '../../../platform/outbox/index.js';
import { differenceRows, EMAIL_TOPIC } from '../../notifications/index.js';
import type { TradeInDevice } from '../../tradeins/index.js';
import { renderFacilityEmail, type FacilityEmail } from '../email-templates.js';
import { FacilitySettings } from '../facility.settings.js';
import { facilityRepository as repo, type Valuation } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { applyDecision } from './decide.js';
import { emit } from './shared.js';
import { evidenceOf } from './evidence.js';

/** Outbox topic of the decision reminders, the last notice and the fallback. */
export const DECISION_REMINDER_TOPIC = 'facility.decision_reminder';

type Step = number | 'last' | 'fallback';
interface ReminderPayload {
  deviceId: number;
  valuationCount: number;
  step: Step;
}

const DAY = 86_400_000;

/** When each step is due, counted from the valuation: reminders, then the last notice, then the fallback. */
function dueAt(ctx: Ctx, valuedAt: Date, step: Step): Date {
  const s = FacilitySettings.read(ctx.tenant);
  const lastReminder = s.reminderDays.length > 0 ? Math.max(...s.reminderDays) : 0;
  const days =
    typeof step === 'number'
      ? s.reminderDays[step]
      : step === 'last'
        ? lastReminder + s.lastNoticeAfterDays
        : lastReminder + s.lastNoticeAfterDays + s.fallbackAfterDays;
  return new Date(valuedAt.getTime() + days * DAY);
}

function nextStep(ctx: Ctx, step: Step): Step | null {
  const n = FacilitySettings.read(ctx.tenant).reminderDays.length;
  if (typeof step === 'number') return step + 1 < n ? step + 1 : 'last';
  return step === 'last' ? 'fallback' : null;
}

async function schedule(ctx: Ctx, device: TradeInDevice, valuedAt: Date, step: Step): Promise<void> {
  await enqueueOutbox(ctx.db, {
    tenantId: ctx.tenant.id,
    topic: DECISION_REMINDER_TOPIC,
    payload: { deviceId: device.id, valuationCount: device.valuationCount, step, valuedAt: valuedAt.toISOString() },
    dedupeKey: `facility-reminder:${ctx.tenant.id}:${device.id}:${device.valuationCount}:${step}`,
    availableAt: dueAt(ctx, valuedAt, step),
  });
}

/** Schedules the first reminder of a fresh valuation (in the valuation's transaction). */
export function scheduleFirstReminder(ctx: Ctx, device: TradeInDevice): Promise<void> {
  const first: Step = FacilitySettings.read(ctx.tenant).reminderDays.length > 0 ? 0 : 'last';
  return schedule(ctx, device, ctx.clock.now(), first);
}

/**
 * Whom to e-mail: the contact recorded for the device, else the customer who registered it signed
 * in (web app; in their language), else the e-mail the store entered in the trade-in's e-mail-type
 * data field (seed 003 `ClientEmail`), in the tenant's language.
 */
export async function contactOf(deps: FacilityDeps, ctx: Ctx, device: TradeInDevice): Promise<{ email: string | null; locale: string | null } | null> {
  const contact = await repo.contact(ctx, device.id);
  if (contact?.email) return contact;
  const customerId = await deps.tradeins.customerOf(ctx, device.tradeInId);
  const customer = customerId ? await deps.org.users.findById(ctx, customerId) : null;
  if (customer?.email && customer.isActive) return { email: customer.email, locale: contact?.locale ?? customer.locale };
  if (!deps.dataFields) return contact;
  const tradeIn = await deps.tradeins.get(ctx, device.tradeInId).catch(() => null);
  if (!tradeIn || tradeIn.customDataFields.length === 0) return contact;
  const emailFields = new Set((await deps.dataFields.list(ctx)).filter((f) => f.templateType === 'Email' && f.isActive).map((f) => f.id));
  const value = tradeIn.customDataFields.find((f) => emailFields.has(f.DataFieldId) && f.DataFieldValue?.includes('@'))?.DataFieldValue?.trim();
  return value ? { email: value, locale: contact?.locale ?? null } : contact;
}

/** Queues one facility e-mail to the device's contact, if one is known; false otherwise. */
async function sendEmail(
  deps: FacilityDeps,
  ctx: Ctx,
  device: TradeInDevice,
  valuation: Valuation,
  kind: FacilityEmail,
  key: string,
  deadline?: Date,
): Promise<boolean> {
  const contact = await contactOf(deps, ctx, device);
  if (!contact?.email) return false;
  const locale = isLocale(contact.locale) ? contact.locale : isLocale(ctx.tenant.defaultLocale) ? ctx.tenant.defaultLocale : 'en';
  const money = (m: number) => formatMoney(m, valuation.currency, locale);
  // Offered vs final, the changed answers and signed photo links, all in the customer's language.
  const evidence = await evidenceOf(deps, { ...ctx, locale }, device.id, valuation);
  const rendered = renderFacilityEmail(kind, locale, {
    tenantName: ctx.tenant.name,
    productName: device.productName,
    registered: money(valuation.registeredMinor),
    final: money(valuation.finalMinor),
    statusUrl: evidence.statusUrl,
    differences: differenceRows(evidence, locale),
    setByHand: evidence.overrideReason,
    fallback: FacilitySettings.read(ctx.tenant).fallback,
    deadline: deadline ? deadline.toISOString().slice(0, 10) : undefined,
  });
  await enqueueOutbox(ctx.db, {
    tenantId: ctx.tenant.id,
    topic: EMAIL_TOPIC,
    payload: { to: contact.email, template: `facility.${kind}`, locale, tenantName: ctx.tenant.name, ...rendered },
    dedupeKey: `facility-email:${ctx.tenant.id}:${device.id}:${valuation.valuationCount}:${key}`,
    availableAt: ctx.clock.now(),
  });
  return true;
}

/** The e-mail with the valuation and the status-page link (when the customer's address is known). */
export async function sendValuationEmail(deps: FacilityDeps, ctx: Ctx, device: TradeInDevice, valuation: Valuation): Promise<void> {
  await sendEmail(deps, ctx, device, valuation, 'valuation', 'valuation');
}

/**
 * Outbox handler: while the customer has not decided on this valuation, sends the reminder
 * (or the last notice, which names the fallback and its date) and schedules the next step;
 * the fallback step applies the tenant's fallback (accept or return) and says so.
 */
export async function onDecisionReminder(deps: FacilityDeps, msg: StoredOutboxMessage): Promise<void> {
  const tenant = await deps.findTenant(msg.tenantId);
  if (!tenant) return;
  const p = msg.payload as unknown as ReminderPayload & { valuedAt: string };
  const ctx: Ctx = {
    tenant,
    actor: { kind: 'system' },
    db: deps.db,
    clock: deps.clock,
    locale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'en',
    requestId: `outbox-${msg.id}`,
  };
  const device = await deps.tradeins.getDevice(ctx, p.deviceId);
  if (!device || device.status !== 'Valuated' || device.valuationCount !== p.valuationCount || device.decision) return;
  const valuation = await repo.latestValuation(ctx, device.id);
  if (!valuation || valuation.valuationCount !== p.valuationCount) return;
  const valuedAt = new Date(p.valuedAt);
  const settings = FacilitySettings.read(tenant);
  if (p.step === 'fallback') {
    const decision = settings.fallback === 'accept' ? 'approved' : 'rejected';
    await applyDecision(deps, ctx, device.id, decision, 'fallback', async (tx) => {
      await sendEmail(deps, tx, device, valuation, 'fallback_applied', 'fallback');
    });
    return;
  }
  await deps.db.transaction(async (db) => {
    const tx: Ctx = { ...ctx, db };
    const kind: FacilityEmail = p.step === 'last' ? 'last_notice' : 'reminder';
    const deadline = p.step === 'last' ? dueAt(tx, valuedAt, 'fallback') : undefined;
    const emailed = await sendEmail(deps, tx, device, valuation, kind, String(p.step), deadline);
    await emit(
      tx,
      p.step === 'last' ? 'device.decision_last_notice' : 'device.decision_reminder',
      { deviceId: device.id, step: p.step, emailed, fallback: settings.fallback, fallbackAt: deadline?.toISOString() ?? null },
      `${device.id}:${p.valuationCount}:${p.step}`,
    );
    const next = nextStep(tx, p.step);
    if (next !== null) await schedule(tx, device, valuedAt, next);
  });
}
