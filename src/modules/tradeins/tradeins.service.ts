import type { Ctx } from '../../platform/context.js';
import type { TradeinsPorts } from './ports.js';
import { TradeinsErrors as E } from './tradeins.errors.js';
import type { DeviceEvent, DeviceFilter, TradeIn, TradeInDevice, TradeInFilter, TradeInKind } from './tradeins.types.js';
import { customerOf, findVisible } from './use-cases/access.js';
import { cancel, cancelDevice, cancelTemporary } from './use-cases/cancel.js';
import { confirmTemporary } from './use-cases/confirm-temporary.js';
import type { TradeinsEnv, TradeinsServiceDeps } from './use-cases/env.js';
import { applyCustomerDecision, recordFinalValuation, transitionDevices, type DeviceTransitionMeta } from './use-cases/lifecycle.js';
import * as queries from './use-cases/queries.js';
import { register, registerAs, type RegisterOptions, type Registrant, type RegisterTradeInInput } from './use-cases/register.js';
import { downloadPdf, renderPdf } from './use-cases/render-pdf.js';
import { saveSignature } from './use-cases/save-signature.js';
import * as links from './use-cases/signed-links.js';
import type { DeviceStatus } from './state-machine.js';
import { update, type UpdateTradeInInput } from './use-cases/update.js';

export type { TradeinsServiceDeps } from './use-cases/env.js';

/**
 * The trade-in module's public face: one method per use case (`use-cases/*.ts`), plus the
 * wiring of the modules registration consumes (`ports.ts`).
 */
export class TradeinsService {
  private ports: Partial<TradeinsPorts> = {};
  private readonly env: TradeinsEnv;

  constructor(deps: TradeinsServiceDeps) {
    this.env = {
      deps,
      port: (name) => {
        const p = this.ports[name];
        if (!p) throw E.I090001({ port: name });
        return p;
      },
      optionalPort: (name) => this.ports[name],
    };
  }

  /** Wires the modules registration consumes (done at start-up; tests may pass fakes). */
  connect(ports: Partial<TradeinsPorts>): void {
    this.ports = { ...this.ports, ...ports };
  }

  /** The user id of the customer who registered trade-in `id` signed in (web app), else null. */
  customerOf(ctx: Ctx, id: number): Promise<number | null> {
    return customerOf(ctx, id);
  }

  // ---------------------------------------------------------------- registration and changes

  /** Seed §5 / §6 registration with every rule of §12 (see `use-cases/register.ts`). */
  register(ctx: Ctx, input: RegisterTradeInInput, options: RegisterOptions): Promise<TradeIn> {
    return register(this.env, ctx, input, options);
  }

  /** The web app's registration: a customer registers as themself (see `registerAs`). */
  registerAs(ctx: Ctx, registrant: Registrant, input: RegisterTradeInInput, options: RegisterOptions): Promise<TradeIn> {
    return registerAs(this.env, ctx, registrant, input, options);
  }

  update(ctx: Ctx, id: number, input: UpdateTradeInInput, kind: TradeInKind = 'final'): Promise<TradeIn> {
    return update(this.env, ctx, id, input, kind);
  }

  cancel(ctx: Ctx, id: number, reason: string | null = null): Promise<TradeIn> {
    return cancel(this.env, ctx, id, reason);
  }

  cancelDevice(ctx: Ctx, deviceId: number, reason: string | null): Promise<TradeInDevice> {
    return cancelDevice(this.env, ctx, deviceId, reason);
  }

  confirmTemp(ctx: Ctx, tempId: number): Promise<TradeIn> {
    return confirmTemporary(this.env, ctx, tempId);
  }

  cancelTemp(ctx: Ctx, tempId: number): Promise<TradeIn> {
    return cancelTemporary(ctx, tempId);
  }

  // ---------------------------------------------------------------- reads

  /** A trade-in of either kind the caller may see: N090001 (final) / N090013 (temporary) otherwise. */
  find(ctx: Ctx, id: number, kind: TradeInKind): Promise<TradeIn> {
    return findVisible(ctx, id, kind);
  }

  get(ctx: Ctx, id: number): Promise<TradeIn> {
    return findVisible(ctx, id, 'final');
  }

  getTemp(ctx: Ctx, id: number): Promise<TradeIn> {
    return findVisible(ctx, id, 'temporary');
  }

  listVisible(ctx: Ctx, filter: queries.VisibleFilter = {}): Promise<TradeIn[]> {
    return queries.listVisible(ctx, filter);
  }

  listTradeIns(ctx: Ctx, kind: TradeInKind, filter: TradeInFilter): Promise<{ rows: TradeIn[]; total: number }> {
    return queries.listTradeIns(ctx, kind, filter);
  }

  getDevice(ctx: Ctx, deviceId: number): Promise<TradeInDevice | null> {
    return queries.getDevice(ctx, deviceId);
  }

  listDevices(ctx: Ctx, filter: DeviceFilter): Promise<{ rows: (TradeInDevice & { tradeInKind: TradeInKind })[]; total: number }> {
    return queries.listDevices(ctx, filter);
  }

  isIdentifierInStock(ctx: Ctx, identifier: string): Promise<boolean> {
    return queries.isIdentifierInStock(ctx, identifier);
  }

  deviceHistory(ctx: Ctx, deviceId: number): Promise<DeviceEvent[]> {
    return queries.deviceHistory(ctx, deviceId);
  }

  // ---------------------------------------------------------------- lifecycle (commerce, logistics, facility)

  recordFinalValuation(
    ctx: Ctx,
    deviceId: number,
    v: { priceMinor: number; grade: string; reason: string | null; photoIds: unknown[] },
  ): Promise<{ device: TradeInDevice; changed: boolean }> {
    return recordFinalValuation(ctx, deviceId, v);
  }

  applyCustomerDecision(ctx: Ctx, deviceId: number, decision: 'approved' | 'rejected'): Promise<boolean> {
    return applyCustomerDecision(ctx, deviceId, decision);
  }

  /** Moves one device along the transition table; false if its status does not allow it now. */
  async transitionDevice(ctx: Ctx, deviceId: number, to: DeviceStatus, meta: DeviceTransitionMeta = {}): Promise<boolean> {
    return (await transitionDevices(ctx, [deviceId], to, meta)).length > 0;
  }

  transitionDevices(ctx: Ctx, deviceIds: number[], to: DeviceStatus, meta: DeviceTransitionMeta = {}): Promise<number[]> {
    return transitionDevices(ctx, deviceIds, to, meta);
  }

  // ---------------------------------------------------------------- signatures, PDF, links

  saveSignature(
    ctx: Ctx,
    tradeInId: number,
    role: 'client' | 'agent',
    file: { bytes: Buffer; mimetype: string | null },
    kind: TradeInKind = 'final',
  ): Promise<{ width: number; height: number }> {
    return saveSignature(ctx, tradeInId, role, file, kind);
  }

  renderPdf(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
    return renderPdf(this.env, ctx, id, kind);
  }

  downloadPdf(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
    return downloadPdf(this.env, ctx, id, kind);
  }

  pdfLink(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<{ url: string; expiresAt: Date }> {
    return links.pdfLink(this.env, ctx, id, kind);
  }

  publicLink(ctx: Ctx, id: number, temporary: boolean): Promise<{ url: string; expiresAt: Date }> {
    return links.publicLink(this.env, ctx, id, temporary);
  }

  readLink(token: string, now: Date, purposes: links.LinkPurpose[]): ReturnType<typeof links.readLink> {
    return links.readLink(this.env, token, now, purposes);
  }

  publicView(ctx: Ctx, id: number, temporary: boolean): Promise<TradeIn> {
    return links.publicView(ctx, id, temporary);
  }
}
