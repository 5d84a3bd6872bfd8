import type { Ctx } from '../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** A stored photo's record (the bytes are in object storage under `storageKey`/`thumbKey`). */
export interface Photo {
  id: string;
  ownerKind: string | null;
  ownerRef: string | null;
  angle: string | null;
  uploadedBy: number | null;
  contentType: string;
  width: number;
  height: number;
  byteSize: number;
  sha256: string;
  storageKey: string;
  thumbKey: string;
  createdAt: Date;
}

interface PhotoRow {
  id: string;
  owner_kind: string | null;
  owner_ref: string | null;
  angle: string | null;
  uploaded_by: number | null;
  content_type: string;
  width: number;
  height: number;
  byte_size: number;
  sha256: string;
  storage_key: string;
  thumb_key: string;
  created_at: Date;
}

const map = (r: PhotoRow): Photo => ({
  id: r.id,
  ownerKind: r.owner_kind,
  ownerRef: r.owner_ref,
  angle: r.angle,
  uploadedBy: r.uploaded_by,
  contentType: r.content_type,
  width: r.width,
  height: r.height,
  byteSize: r.byte_size,
  sha256: r.sha256,
  storageKey: r.storage_key,
  thumbKey: r.thumb_key,
  createdAt: new Date(r.created_at),
});

export const mediaRepository = {
  async insert(ctx: Db, p: Omit<Photo, 'createdAt'>, now: Date): Promise<Photo> {
    const rows = await ctx.db.query<PhotoRow>(
      `INSERT INTO photos (id, tenant_id, owner_kind, owner_ref, angle, uploaded_by, content_type, width, height, byte_size, sha256, storage_key, thumb_key, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING *`,
      [
        p.id,
        ctx.tenant.id,
        p.ownerKind,
        p.ownerRef,
        p.angle,
        p.uploadedBy,
        p.contentType,
        p.width,
        p.height,
        p.byteSize,
        p.sha256,
        p.storageKey,
        p.thumbKey,
        now,
      ],
    );
    return map(rows[0]);
  },

  async find(ctx: Db, id: string): Promise<Photo | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await ctx.db.query<PhotoRow>('SELECT * FROM photos WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? map(rows[0]) : null;
  },

  async findMany(ctx: Db, ids: string[]): Promise<Photo[]> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return [];
    const rows = await ctx.db.query<PhotoRow>('SELECT * FROM photos WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY created_at, id', [
      ctx.tenant.id,
      valid,
    ]);
    return rows.map(map);
  },

  async listByOwner(ctx: Db, ownerKind: string, ownerRef: string): Promise<Photo[]> {
    const rows = await ctx.db.query<PhotoRow>('SELECT * FROM photos WHERE tenant_id = $1 AND owner_kind = $2 AND owner_ref = $3 ORDER BY created_at, id', [
      ctx.tenant.id,
      ownerKind,
      ownerRef,
    ]);
    return rows.map(map);
  },

  /** Attaches unattached photos (or photos already of this owner) to an owner; returns the ids attached. */
  async attach(ctx: Db, ids: string[], ownerKind: string, ownerRef: string): Promise<string[]> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return [];
    const rows = await ctx.db.query<{ id: string }>(
      `UPDATE photos SET owner_kind = $3, owner_ref = $4
        WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND (owner_kind IS NULL OR (owner_kind = $3 AND owner_ref = $4))
        RETURNING id`,
      [ctx.tenant.id, valid, ownerKind, ownerRef],
    );
    return rows.map((r) => r.id);
  },

  /** Detaches photos from their owner (the owner's list no longer names them); returns the ids detached. */
  async detach(ctx: Db, ids: string[], ownerKind: string, ownerRef: string): Promise<string[]> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return [];
    const rows = await ctx.db.query<{ id: string }>(
      `UPDATE photos SET owner_kind = NULL, owner_ref = NULL
        WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND owner_kind = $3 AND owner_ref = $4 RETURNING id`,
      [ctx.tenant.id, valid, ownerKind, ownerRef],
    );
    return rows.map((r) => r.id);
  },
};
