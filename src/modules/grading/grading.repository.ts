import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import type { FormDefinition } from './grading.schemas.js';

type Scope = Pick<Ctx, 'db' | 'tenant'>;

export interface FormVersionRecord {
  formId: number;
  versionId: number;
  version: number;
  status: 'draft' | 'active' | 'retired';
  tenantId: number | null;
  key: string;
  itemGroupKey: string;
  itemId: number | null;
  definition: FormDefinition;
  createdAt: Date;
  publishedAt: Date | null;
}

interface Row {
  form_id: number;
  version_id: number;
  version: number;
  status: FormVersionRecord['status'];
  tenant_id: number | null;
  key: string;
  item_group_key: string;
  item_id: number | null;
  definition: FormDefinition | string;
  created_at: Date | string;
  published_at: Date | string | null;
}

const SELECT = `
  SELECT f.id AS form_id, v.id AS version_id, v.version, v.status, f.tenant_id, f.key, f.item_group_key, f.item_id,
         v.definition, v.created_at, v.published_at
  FROM grading_forms f JOIN grading_form_versions v ON v.form_id = f.id`;

function map(r: Row): FormVersionRecord {
  return {
    formId: r.form_id,
    versionId: r.version_id,
    version: r.version,
    status: r.status,
    tenantId: r.tenant_id,
    key: r.key,
    itemGroupKey: r.item_group_key,
    itemId: r.item_id,
    definition: typeof r.definition === 'string' ? (JSON.parse(r.definition) as FormDefinition) : r.definition,
    createdAt: new Date(r.created_at),
    publishedAt: r.published_at ? new Date(r.published_at) : null,
  };
}

export const gradingRepository = {
  /** Active versions of the tenant's own forms and of the reference forms. */
  async activeVersions(ctx: Scope): Promise<FormVersionRecord[]> {
    const rows = await ctx.db.query<Row>(`${SELECT} WHERE v.status = 'active' AND (f.tenant_id IS NULL OR f.tenant_id = $1)`, [ctx.tenant.id]);
    return rows.map(map);
  },

  /** Any version visible to the tenant (own or reference), e.g. the one a stored quote used. */
  async versionById(ctx: Scope, versionId: number): Promise<FormVersionRecord | null> {
    const rows = await ctx.db.query<Row>(`${SELECT} WHERE v.id = $2 AND (f.tenant_id IS NULL OR f.tenant_id = $1)`, [ctx.tenant.id, versionId]);
    return rows[0] ? map(rows[0]) : null;
  },

  /** Every version of forms visible to the tenant, newest first per form. */
  async allVersions(ctx: Scope, formId?: number): Promise<FormVersionRecord[]> {
    const rows = await ctx.db.query<Row>(
      `${SELECT} WHERE (f.tenant_id IS NULL OR f.tenant_id = $1) AND ($2::int IS NULL OR f.id = $2) ORDER BY f.tenant_id NULLS FIRST, f.id, v.version DESC`,
      [ctx.tenant.id, formId ?? null],
    );
    return rows.map(map);
  },

  async insertForm(ctx: Scope, input: { key: string; itemGroupKey: string; itemId: number | null }): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO grading_forms (tenant_id, key, item_group_key, item_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ctx.tenant.id, input.key, input.itemGroupKey, input.itemId],
    );
    return rows[0].id;
  },

  /** Adds the next version of a tenant form as a draft. */
  async insertVersion(ctx: Scope, formId: number, definition: FormDefinition): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO grading_form_versions (form_id, tenant_id, version, status, definition)
       SELECT $2, $1, COALESCE(MAX(version), 0) + 1, 'draft', $3::jsonb FROM grading_form_versions WHERE form_id = $2 AND tenant_id = $1
       RETURNING id`,
      [ctx.tenant.id, formId, JSON.stringify(definition)],
    );
    return rows[0].id;
  },

  /** Replaces a version's definition unless a price quote already used it (returns false then). */
  async updateUnusedVersion(ctx: Scope, versionId: number, definition: FormDefinition): Promise<boolean> {
    // price_quotes belongs to pricing (same migration range); a used version is frozen forever.
    const rows = await ctx.db.query<{ id: number }>(
      `UPDATE grading_form_versions v SET definition = $3::jsonb
       WHERE v.id = $2 AND v.tenant_id = $1 AND v.status <> 'retired'
         AND NOT EXISTS (SELECT 1 FROM price_quotes q WHERE q.grading_form_version_id = v.id AND q.tenant_id = $1)
       RETURNING v.id`,
      [ctx.tenant.id, versionId, JSON.stringify(definition)],
    );
    return rows.length === 1;
  },

  /** Makes a version the form's only active one (in the caller's transaction). */
  async publish(tx: Queryable, tenantId: number, formId: number, versionId: number, now: Date): Promise<void> {
    await tx.query(`UPDATE grading_form_versions SET status = 'retired' WHERE form_id = $1 AND tenant_id = $2 AND status = 'active' AND id <> $3`, [
      formId,
      tenantId,
      versionId,
    ]);
    await tx.query(`UPDATE grading_form_versions SET status = 'active', published_at = $4 WHERE id = $3 AND form_id = $1 AND tenant_id = $2`, [
      formId,
      tenantId,
      versionId,
      now,
    ]);
  },
};

/** Reference forms (tenant_id NULL): insert or add a new active version when the code's definition changed. */
export async function upsertReferenceForm(db: Queryable, key: string, itemGroupKey: string, definition: FormDefinition): Promise<void> {
  await db.transaction(async (tx) => {
    let rows = await tx.query<{ id: number }>(`SELECT id FROM grading_forms WHERE tenant_id IS NULL AND key = $1`, [key]);
    if (!rows[0])
      rows = await tx.query<{ id: number }>(`INSERT INTO grading_forms (tenant_id, key, item_group_key) VALUES (NULL, $1, $2) RETURNING id`, [
        key,
        itemGroupKey,
      ]);
    const formId = rows[0].id;
    const same = await tx.query(`SELECT 1 FROM grading_form_versions WHERE form_id = $1 AND status = 'active' AND definition = $2::jsonb`, [
      formId,
      JSON.stringify(definition),
    ]);
    if (same.length) return;
    await tx.query(`UPDATE grading_form_versions SET status = 'retired' WHERE form_id = $1 AND status = 'active'`, [formId]);
    await tx.query(
      `INSERT INTO grading_form_versions (form_id, tenant_id, version, status, definition, published_at)
       SELECT $1, NULL, COALESCE(MAX(version), 0) + 1, 'active', $2::jsonb, now() FROM grading_form_versions WHERE form_id = $1`,
      [formId, JSON.stringify(definition)],
    );
  });
}
