import type { Ctx } from '../../../platform/context.js';
import { publishEvent } from '../../../platform/outbox/index.js';
import type { DeviceStatus } from '../state-machine.js';
import type { DeviceEvent, DeviceEventMeta } from '../tradeins.types.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

function eventParams(meta: DeviceEventMeta): [string, number | null, string | null, string | null, string] {
  return [meta.actor?.kind ?? 'system', meta.actor?.userId ?? null, meta.source ?? null, meta.note ?? null, JSON.stringify(meta.data ?? {})];
}

/** `trade_in_device_events`: the status history, each entry also published as a domain event. */
export const deviceEventsRepository = {
  /**
   * Writes status-history entries and publishes each move as a `device.status_changed` domain
   * event in the caller's transaction.
   */
  async logDeviceEvents(ctx: Db, entries: { deviceId: number; from: DeviceStatus | null; to: DeviceStatus }[], now: Date, meta: DeviceEventMeta = {}): Promise<void> {
    if (entries.length === 0) return;
    const logged = await ctx.db.query<{ id: string | number; device_id: number; trade_in_id: number; device_identifier: string }>(
      `WITH e AS (
         INSERT INTO trade_in_device_events (tenant_id, device_id, from_status, to_status, actor_kind, actor_user_id, source, note, data, created_at)
         SELECT $1, e.device_id, e.from_status, e.to_status, $5, $6, $7, $8, $9::jsonb, $4
           FROM unnest($2::int[], $3::text[], $10::text[]) AS e(device_id, to_status, from_status)
         RETURNING id, device_id)
       SELECT e.id, e.device_id, d.trade_in_id, d.device_identifier FROM e JOIN trade_in_devices d ON d.id = e.device_id`,
      [ctx.tenant.id, entries.map((e) => e.deviceId), entries.map((e) => e.to), now, ...eventParams(meta), entries.map((e) => e.from)],
    );
    for (const row of logged) {
      const entry = entries.find((e) => e.deviceId === row.device_id)!;
      await publishEvent(ctx.db, {
        tenantId: ctx.tenant.id,
        // One generic event per move; modules publish their own specific facts (device.received …).
        type: 'device.status_changed',
        data: {
          trade_in_device_id: row.device_id,
          trade_in_id: row.trade_in_id,
          device_identifier: row.device_identifier,
          status: entry.to,
          previous_status: entry.from,
          source: meta.source ?? null,
          note: meta.note ?? null,
        },
        occurredAt: now,
        dedupeKey: `device-event:${row.id}`,
      });
    }
  },

  /** A device's status history, oldest first. */
  async deviceEvents(ctx: Db, deviceId: number): Promise<DeviceEvent[]> {
    const rows = await ctx.db.query<{
      id: string | number;
      device_id: number;
      from_status: DeviceStatus | null;
      to_status: DeviceStatus;
      actor_kind: string;
      actor_user_id: number | null;
      source: string | null;
      note: string | null;
      data: Record<string, unknown>;
      created_at: Date;
    }>(`SELECT * FROM trade_in_device_events WHERE tenant_id = $1 AND device_id = $2 ORDER BY id`, [ctx.tenant.id, deviceId]);
    return rows.map((r) => ({
      id: Number(r.id),
      deviceId: r.device_id,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      actorKind: r.actor_kind,
      actorUserId: r.actor_user_id,
      source: r.source,
      note: r.note,
      data: r.data ?? {},
      createdAt: new Date(r.created_at),
    }));
  },
};
