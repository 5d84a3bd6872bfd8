import type { Ctx } from '../../platform/context.js';
import type { DataField, ExternalValidation, ListOption, TemplateType } from './datafields.types.js';

interface Row {
  id: number;
  tenant_id: number;
  name: string;
  labels: Record<string, string>;
  template_type: TemplateType;
  data_type: string;
  is_required: boolean;
  is_visible: boolean;
  is_active: boolean;
  is_campaign_field: boolean;
  scope_corporate: boolean;
  scope_private: boolean;
  sort_order: number;
  regex: string | null;
  list_options: ListOption[];
  is_unique: boolean;
  max_uses_per_value: number | null;
  requires_validation: boolean;
  external_validation: ExternalValidation | null;
  created_at: Date;
  updated_at: Date;
}

const map = (r: Row): DataField => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  labels: r.labels ?? {},
  templateType: r.template_type,
  dataType: r.data_type,
  isRequired: r.is_required,
  isVisible: r.is_visible,
  isActive: r.is_active,
  isCampaignField: r.is_campaign_field,
  scopeCorporate: r.scope_corporate,
  scopePrivate: r.scope_private,
  sortOrder: r.sort_order,
  regex: r.regex,
  listOptions: r.list_options ?? [],
  isUnique: r.is_unique,
  maxUsesPerValue: r.max_uses_per_value,
  requiresValidation: r.requires_validation,
  externalValidation: r.external_validation ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What a field is made of (everything but ids and timestamps). */
export type DataFieldDraft = Omit<DataField, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>;

const COLUMNS = [
  'name',
  'labels',
  'template_type',
  'data_type',
  'is_required',
  'is_visible',
  'is_active',
  'is_campaign_field',
  'scope_corporate',
  'scope_private',
  'sort_order',
  'regex',
  'list_options',
  'is_unique',
  'max_uses_per_value',
  'requires_validation',
  'external_validation',
] as const;

const values = (d: DataFieldDraft): unknown[] => [
  d.name,
  JSON.stringify(d.labels),
  d.templateType,
  d.dataType,
  d.isRequired,
  d.isVisible,
  d.isActive,
  d.isCampaignField,
  d.scopeCorporate,
  d.scopePrivate,
  d.sortOrder,
  d.regex,
  JSON.stringify(d.listOptions),
  d.isUnique,
  d.maxUsesPerValue,
  d.requiresValidation,
  d.externalValidation ? JSON.stringify(d.externalValidation) : null,
];

type Q = Pick<Ctx, 'db' | 'tenant'>;

export const dataFieldRepository = {
  async list(ctx: Q, options: { activeOnly?: boolean } = {}): Promise<DataField[]> {
    const rows = await ctx.db.query<Row>(`SELECT * FROM data_fields WHERE tenant_id = $1 ${options.activeOnly ? 'AND is_active' : ''} ORDER BY id`, [
      ctx.tenant.id,
    ]);
    return rows.map(map);
  },

  async byIds(ctx: Q, ids: readonly number[]): Promise<DataField[]> {
    if (ids.length === 0) return [];
    const rows = await ctx.db.query<Row>('SELECT * FROM data_fields WHERE tenant_id = $1 AND id = ANY($2::int[]) ORDER BY id', [ctx.tenant.id, ids]);
    return rows.map(map);
  },

  async byId(ctx: Q, id: number): Promise<DataField | null> {
    const rows = await ctx.db.query<Row>('SELECT * FROM data_fields WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? map(rows[0]) : null;
  },

  async byName(ctx: Q, name: string): Promise<DataField | null> {
    const rows = await ctx.db.query<Row>('SELECT * FROM data_fields WHERE tenant_id = $1 AND lower(name) = lower($2)', [ctx.tenant.id, name]);
    return rows[0] ? map(rows[0]) : null;
  },

  /** Inserts; returns null when the name is taken (unique index). */
  async insert(ctx: Q, d: DataFieldDraft, now: Date): Promise<DataField | null> {
    const params = [ctx.tenant.id, ...values(d), now];
    const placeholders = params.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await ctx.db.query<Row>(
      `INSERT INTO data_fields (tenant_id, ${COLUMNS.join(', ')}, created_at) VALUES (${placeholders})
       ON CONFLICT DO NOTHING RETURNING *`,
      params,
    );
    return rows[0] ? map(rows[0]) : null;
  },

  async update(ctx: Q, id: number, d: DataFieldDraft, now: Date): Promise<DataField | null> {
    const sets = COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ');
    const rows = await ctx.db.query<Row>(`UPDATE data_fields SET ${sets}, updated_at = $${COLUMNS.length + 3} WHERE tenant_id = $1 AND id = $2 RETURNING *`, [
      ctx.tenant.id,
      id,
      ...values(d),
      now,
    ]);
    return rows[0] ? map(rows[0]) : null;
  },

  async isUsed(ctx: Q, id: number): Promise<boolean> {
    const rows = await ctx.db.query('SELECT 1 FROM data_field_uses WHERE tenant_id = $1 AND data_field_id = $2 LIMIT 1', [ctx.tenant.id, id]);
    return rows.length > 0;
  },

  async delete(ctx: Q, id: number): Promise<boolean> {
    await ctx.db.query('DELETE FROM data_field_validations WHERE tenant_id = $1 AND data_field_id = $2', [ctx.tenant.id, id]);
    const rows = await ctx.db.query('DELETE FROM data_fields WHERE tenant_id = $1 AND id = $2 RETURNING id', [ctx.tenant.id, id]);
    return rows.length > 0;
  },

  /** Trade-ins (other than `excludeTradeInId`) that use `key` for the field. */
  async countUses(ctx: Q, fieldId: number, key: string, excludeTradeInId: number | null): Promise<number> {
    const rows = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM data_field_uses
       WHERE tenant_id = $1 AND data_field_id = $2 AND value_key = $3 AND ($4::int IS NULL OR trade_in_id <> $4)`,
      [ctx.tenant.id, fieldId, key, excludeTradeInId],
    );
    return rows[0].n;
  },

  /** Serializes concurrent registrations using the same value of the same field (until commit). */
  async lockValue(ctx: Q, fieldId: number, key: string): Promise<void> {
    await ctx.db.query(`SELECT pg_advisory_xact_lock(hashtext('datafield-use:' || $1::text || ':' || $2::text || ':' || $3::text))`, [
      ctx.tenant.id,
      fieldId,
      key,
    ]);
  },

  async replaceUse(ctx: Q, tradeInId: number, fieldId: number, key: string | null, now: Date): Promise<void> {
    await ctx.db.query('DELETE FROM data_field_uses WHERE tenant_id = $1 AND trade_in_id = $2 AND data_field_id = $3', [ctx.tenant.id, tradeInId, fieldId]);
    if (key === null) return;
    await ctx.db.query('INSERT INTO data_field_uses (tenant_id, data_field_id, value_key, trade_in_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
      ctx.tenant.id,
      fieldId,
      key,
      tradeInId,
      now,
    ]);
  },

  async recordValidation(ctx: Q, fieldId: number, key: string, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO data_field_validations (tenant_id, data_field_id, value_key, validated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, data_field_id, value_key) DO UPDATE SET validated_at = EXCLUDED.validated_at`,
      [ctx.tenant.id, fieldId, key, now],
    );
  },

  async validatedSince(ctx: Q, fieldId: number, key: string, since: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      'SELECT 1 FROM data_field_validations WHERE tenant_id = $1 AND data_field_id = $2 AND value_key = $3 AND validated_at >= $4',
      [ctx.tenant.id, fieldId, key, since],
    );
    return rows.length > 0;
  },
};
