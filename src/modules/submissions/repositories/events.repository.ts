import type { Ctx } from '../../../platform/context.js';
import type { SeedStatus } from '../status.js';
import type { SubmissionEvent } from './records.js';
import type { Db } from './rows.js';

/** `submission_events`: the status history of a submission. */
export const submissionEventsRepository = {
  async insertEvent(ctx: Db, submissionId: number, status: SeedStatus, actor: Ctx['actor'] | undefined, note: string | null, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO submission_events (tenant_id, submission_id, status, actor_kind, actor_user_id, note, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [ctx.tenant.id, submissionId, status, actor?.kind ?? 'system', actor?.userId ?? null, note, now],
    );
  },

  async events(ctx: Db, submissionId: number): Promise<SubmissionEvent[]> {
    const rows = await ctx.db.query<{ status: string; actor_kind: string; note: string | null; created_at: Date }>(
      'SELECT status, actor_kind, note, created_at FROM submission_events WHERE tenant_id = $1 AND submission_id = $2 ORDER BY id',
      [ctx.tenant.id, submissionId],
    );
    return rows.map((r) => ({ status: r.status, actorKind: r.actor_kind, note: r.note, createdAt: new Date(r.created_at) }));
  },
};
