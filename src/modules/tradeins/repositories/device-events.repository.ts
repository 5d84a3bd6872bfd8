import type { Ctx } from '../../../platform/context.js';
import { DOMAIN_EVENT_TOPIC } from '../../../platform/outbox/index.js';
import type { DeviceStatus } from '../state-machine.js';
import type { DeviceEvent, DeviceEventMeta } from '../tradeins.types.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/**
 * The history entries and domain events of the moves in a CTE named `moved` (columns `id`,
 * `from_status`, `to_status`, `trade_in_id`, `device_identifier`, as the device rows are after
 * the move), as CTEs `e` and `o` to append to the statement that makes the moves: one round trip
 * for a status change, its history and its `device.status_changed` event. `$1` is the tenant;
 * `p` is the position of the first of the {@link eventLogParams}.
 */
export function eventLogCtes(p: number): string {
  const [actorKind, actorUserId, source, note, data, at, timestamp, topic] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `$${p + i}`);
  return `e AS (
         INSERT INTO trade_in_device_events (tenant_id, device_id, from_status, to_status, actor_kind, actor_user_id, source, note, data, created_at)
         SELECT $1, m.id, m.from_status, m.to_status, ${actorKind}, ${actorUserId}::int, ${source}::text, ${note}::text, ${data}::jsonb, ${at} FROM moved m
         RETURNING id, device_id
       ), o AS (
         INSERT INTO outbox_messages (tenant_id, topic, payload, dedupe_key, available_at)
         SELECT $1, ${topic}, jsonb_build_object('type', 'device.status_changed', 'timestamp', ${timestamp}::text, 'data', jsonb_build_object(
                  'trade_in_device_id', m.id, 'trade_in_id', m.trade_in_id, 'device_identifier', m.device_identifier,
                  'status', m.to_status, 'previous_status', m.from_status, 'source', ${source}::text, 'note', ${note}::text)),
                'device-event:' || e.id, ${at}
           FROM e JOIN moved m ON m.id = e.device_id
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id
       )`;
}

/** The parameters {@link eventLogCtes} refers to, in order. */
export function eventLogParams(meta: DeviceEventMeta, now: Date): unknown[] {
  return [
    meta.actor?.kind ?? 'system',
    meta.actor?.userId ?? null,
    meta.source ?? null,
    meta.note ?? null,
    JSON.stringify(meta.data ?? {}),
    now,
    now.toISOString(),
    DOMAIN_EVENT_TOPIC,
  ];
}

/** `trade_in_device_events`: the status history, each entry also published as a domain event. */
export const deviceEventsRepository = {
  /**
   * Runs `move` — an UPDATE (after the CTEs in `with`, if any) of `trade_in_devices` whose RETURNING has `id`, `from_status`,
   * `to_status`, `trade_in_id` and `device_identifier` (and whatever else the caller wants
   * back), `$1` being the tenant — and in the same statement writes a history entry per moved
   * device and publishes it as a `device.status_changed` domain event (the worker is woken at
   * commit). Returns the moved rows.
   */
  async moveAndLog<R extends { id: number }>(
    ctx: Db,
    move: { with?: string; sql: string; params: unknown[] },
    now: Date,
    meta: DeviceEventMeta = {},
  ): Promise<R[]> {
    return ctx.db.query<R>(
      `WITH ${move.with ? `${move.with}, ` : ''}moved AS (${move.sql}), ${eventLogCtes(move.params.length + 1)}
       SELECT moved.*, pg_notify('tradein_outbox', '') FROM moved`,
      [...move.params, ...eventLogParams(meta, now)],
    );
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
