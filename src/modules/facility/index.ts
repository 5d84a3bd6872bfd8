/**
 * Facility: the back half of a trade-in. Receiving by scan (who, where, when; discrepancies:
 * missing, unexpected, identifier mismatch, damaged package; due diligence again at receipt →
 * Fraud), the seed 003 withhold operation, inspection with evidence (grading form again,
 * functional tests, CTIA-style grades, Find My found vs declared, photos, NIST SP 800-88
 * erasure → certificate PDF), the final valuation computed by pricing under the registered
 * quote's own terms with a difference report (or a role-granted, audited override), the
 * customer's decision (signed status page, seed 003 customer-status, reminders and a fallback
 * only after a last notice), payouts (store credit, gift cards, bank-transfer record; order
 * devices via commerce) and returns. Devices move only through `tradeins.transitionDevice`.
 *
 * Wiring: `createFacilityModule(deps)`, `facility.registerHandlers(outbox)`, and at merge
 * `facility.connectLogistics(logistics)` (until then package scans answer B400003 and returns
 * are recorded without a label).
 */
import type { Ctx } from '../../platform/context.js';
import type { OutboxDispatcher } from '../../platform/outbox/index.js';
import { noLogistics, type FacilityDeps, type LogisticsPort } from './ports.js';
import { discrepancyAnalytics, discrepancyAnalyticsCsv, importTacCsv, learnedTacs, tacMap } from './use-cases/analytics.js';
import { inspectionPhoto, listQueue, previewReport, previewStatusView } from './use-cases/bench.js';
import { applyDecision, getCustomerStatus, setCustomerStatus } from './use-cases/decide.js';
import { deviceView, evidenceThumb, listDiscrepancies, setContact } from './use-cases/device-view.js';
import { valuationEvidence } from './use-cases/evidence.js';
import { creditBalance, giftCardBalance, payOut, redeemGiftCard } from './use-cases/pay-out.js';
import { receiveDevices } from './use-cases/receive-devices.js';
import { erasureCertificate, recordInspection } from './use-cases/record-inspection.js';
import { DECISION_REMINDER_TOPIC, onDecisionReminder } from './use-cases/reminders.js';
import { reportDamagedPackage, scanPackage } from './use-cases/report-damaged-package.js';
import { createReturn, markReturned, returnAddressDraft } from './use-cases/return-device.js';
import { readStatusToken, statusLink } from './use-cases/status-link.js';
import { sweepMissing } from './use-cases/sweep-missing.js';
import { valueDevice } from './use-cases/value-device.js';
import { withholdDevice } from './use-cases/withhold-device.js';

export { FacilityErrors } from './facility.errors.js';
export { FacilitySettings } from './facility.settings.js';
export { renderErasureCertificate, type ErasureCertificateData } from './erasure-certificate.js';
export { DECISION_REMINDER_TOPIC } from './use-cases/reminders.js';
export type { LogisticsPort, PackageView, FacilityDeps } from './ports.js';
export type { Discrepancy, DifferenceReport, ReportLine, Inspection, Valuation, Payout } from './facility.repository.js';
export type { ScanResult, ReceiveInput } from './use-cases/receive-devices.js';
export type { InspectionInput } from './use-cases/record-inspection.js';
export type { PayoutInput } from './use-cases/pay-out.js';
export type { CustomerStatus } from './use-cases/decide.js';
export type { FacilityDeviceView } from './use-cases/device-view.js';
export { QUEUE_STATUSES, type QueueStatus } from './use-cases/bench.js';
export type { AnalyticsDimension, DiscrepancyRow } from './use-cases/analytics.js';

type Bound<F> = F extends (deps: FacilityDeps, ...rest: infer A) => infer R ? (...args: A) => R : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bind = <F extends (deps: FacilityDeps, ...rest: any[]) => unknown>(deps: FacilityDeps, f: F) =>
  ((...args: unknown[]) => (f as unknown as (...a: unknown[]) => unknown)(deps, ...args)) as Bound<F>;

/** Builds the facility module over the modules it uses (logistics joins later, see `connectLogistics`). */
export function createFacilityModule(input: Omit<FacilityDeps, 'logistics'> & { logistics?: LogisticsPort }) {
  const deps: FacilityDeps = { ...input, logistics: input.logistics ?? noLogistics };
  return {
    /** Wires the logistics module (packages, return shipments). */
    connectLogistics(logistics: LogisticsPort): void {
      deps.logistics = logistics;
    },
    /** Registers the outbox handler of reminders, last notice and fallback. */
    registerHandlers(outbox: OutboxDispatcher): void {
      outbox.register(DECISION_REMINDER_TOPIC, (msg) => onDecisionReminder(deps, msg));
    },
    receive: bind(deps, receiveDevices),
    scanPackage: bind(deps, scanPackage),
    reportDamagedPackage: bind(deps, reportDamagedPackage),
    sweepMissing: bind(deps, sweepMissing),
    withhold: bind(deps, withholdDevice),
    inspect: bind(deps, recordInspection),
    erasureCertificate: bind(deps, erasureCertificate),
    value: bind(deps, valueDevice),
    /**
     * A price typed by staff (the admin final-valuation route with a price, through commerce's
     * trade-in port): an override — role-granted, with reason, marked and audited.
     */
    recordOverride: async (ctx: Ctx, deviceId: number, input: { priceMinor: number; grade: string; reason: string; photoIds: string[] }) => {
      const res = await valueDevice(deps, ctx, {
        deviceId,
        override: { priceMinor: input.priceMinor, reason: input.reason, grade: input.grade, photoIds: input.photoIds },
      });
      return { device: res.device, changed: res.changed };
    },
    decide: (ctx: Ctx, deviceId: number, decision: 'approved' | 'rejected', channel: 'status_page' | 'admin') =>
      applyDecision(deps, ctx, deviceId, decision, channel),
    getCustomerStatus: bind(deps, getCustomerStatus),
    setCustomerStatus: bind(deps, setCustomerStatus),
    statusLink: (ctx: Ctx, deviceId: number) => statusLink(deps, ctx, deviceId),
    readStatusToken: (token: string, now: Date) => readStatusToken(deps, token, now),
    deviceView: bind(deps, deviceView),
    /** The latest valuation's difference report in `ctx.locale` with signed photo links (commerce's e-mail). */
    valuationEvidence: bind(deps, valuationEvidence),
    evidenceThumb: bind(deps, evidenceThumb),
    setContact: bind(deps, setContact),
    listDiscrepancies: bind(deps, listDiscrepancies),
    listQueue: bind(deps, listQueue),
    previewReport: bind(deps, previewReport),
    previewStatusView: bind(deps, previewStatusView),
    inspectionPhoto: bind(deps, inspectionPhoto),
    payOut: bind(deps, payOut),
    creditBalance: bind(deps, creditBalance),
    giftCardBalance: bind(deps, giftCardBalance),
    redeemGiftCard: bind(deps, redeemGiftCard),
    createReturn: bind(deps, createReturn),
    /** What the return form starts with (an earlier return's address, the customer's name and e-mail). */
    returnAddressDraft: bind(deps, returnAddressDraft),
    markReturned: bind(deps, markReturned),
    analytics: bind(deps, discrepancyAnalytics),
    analyticsCsv: bind(deps, discrepancyAnalyticsCsv),
    tacMap: bind(deps, tacMap),
    importTacCsv: bind(deps, importTacCsv),
    /** For the catalog's IMEI search (`catalog.setLearnedTacSource`). */
    learnedTacs: bind(deps, learnedTacs),
  };
}

export type FacilityModule = ReturnType<typeof createFacilityModule>;
