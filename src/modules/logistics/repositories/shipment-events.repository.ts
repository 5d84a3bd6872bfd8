import type { Ctx } from '../../../platform/context.js';
import type { ShipmentEvent } from './records.js';
import { mapEvent } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `shipment_events`: the tracking history of shipments. */
export const shipmentEventsRepository = {
  /** Adds a history row and returns its id; with an external event id a repeat is ignored (null). */
  async insertEvent(
    ctx: Db,
    e: { shipmentId: number; status: string; source: string; note: string | null; externalEventId: string | null; occurredAt: Date },
    now: Date,
  ): Promise<number | null> {
    const rows = await ctx.db.query<{ id: string | number }>(
      `INSERT INTO shipment_events (tenant_id, shipment_id, status, source, note, external_event_id, occurred_at, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (tenant_id, source, external_event_id) WHERE external_event_id IS NOT NULL DO NOTHING RETURNING id`,
      [ctx.tenant.id, e.shipmentId, e.status, e.source, e.note, e.externalEventId, e.occurredAt, now],
    );
    return rows[0] ? Number(rows[0].id) : null;
  },

  async events(ctx: Db, shipmentId: number): Promise<ShipmentEvent[]> {
    const rows = await ctx.db.query('SELECT * FROM shipment_events WHERE tenant_id = $1 AND shipment_id = $2 ORDER BY occurred_at, id', [
      ctx.tenant.id,
      shipmentId,
    ]);
    return rows.map(mapEvent);
  },
};
