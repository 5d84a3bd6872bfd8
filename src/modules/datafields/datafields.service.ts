import type { Ctx } from '../../platform/context.js';
import type { CreateDataFieldInput, TradeInDataFieldsInput, UpdateDataFieldInput } from './datafields.schemas.js';
import type { DataField, DataFieldValueInput, RetailDataField, ValidatedDataFieldValue } from './datafields.types.js';
import type { DataFieldCache } from './field-cache.js';
import type { CampaignFieldSource, DataFieldsEnv } from './use-cases/env.js';
import { createField, getField, listFields, removeField, updateField } from './use-cases/manage-fields.js';
import { nameFieldIds } from './use-cases/name-fields.js';
import { recordUses } from './use-cases/record-uses.js';
import { describeFields, getRetail, listRetail } from './use-cases/retail-fields.js';
import { seedDemo } from './use-cases/seed-demo.js';
import { validateForTradeIn } from './use-cases/validate-for-trade-in.js';
import { validateValue, type ValueValidation } from './use-cases/validate-value.js';

/**
 * Custom data fields, the module's public face: one method per use case (`use-cases/*.ts`) —
 * definitions, listing, value validation, uses of values by trade-ins — plus the wiring of the
 * campaigns module's field source.
 */
export class DataFieldsService {
  private readonly env: DataFieldsEnv;

  constructor(fields: DataFieldCache) {
    this.env = { campaignFields: null, fields };
  }

  /** The campaigns module registers itself here at wiring time (campaigns imports datafields, not the reverse). */
  setCampaignFieldSource(source: CampaignFieldSource): void {
    this.env.campaignFields = source;
  }

  /** Seed §7 listing of the tenant's active fields; `term` filters (B040002 empty, B040001 < 3 characters). */
  listRetail(ctx: Ctx, options: { term?: string; visibleOnly?: boolean } = {}): Promise<RetailDataField[]> {
    return listRetail(this.env, ctx, options);
  }

  /** One field in the seed §7 shape (N040002 when the tenant has no such active field). */
  getRetail(ctx: Ctx, id: number): Promise<RetailDataField> {
    return getRetail(ctx, id);
  }

  /** Fields by id in the seed §7 shape, in the order asked, skipping unknown ids (campaign details). */
  describe(ctx: Ctx, ids: number[]): Promise<RetailDataField[]> {
    return describeFields(ctx, ids);
  }

  /** `GET /tradeins/datafields/validate` (`use-cases/validate-value.ts`): a refused value is a result, not an error. */
  validateValue(ctx: Ctx, input: { dataFieldId?: string; value?: string }): Promise<ValueValidation> {
    return validateValue(ctx, input);
  }

  /** Checks a trade-in's CustomDataFields and returns them normalized; throws the seed's B0900xx codes. */
  validateForTradeIn(ctx: Ctx, raw: TradeInDataFieldsInput): Promise<ValidatedDataFieldValue[]> {
    return validateForTradeIn(this.env, ctx, raw);
  }

  /** The fields that mean the client's first, last or organization name (seed 003 §5 top-level fields). */
  nameFieldIds(ctx: Ctx, isCorporate: boolean): Promise<{ clientFirstName: number | null; clientLastName: number | null; organizationName: number | null }> {
    return nameFieldIds(this.env, ctx, isCorporate);
  }

  /** Whether recording these values takes a lock (then registration writes them in a transaction). */
  usesNeedLock(ctx: Ctx, values: readonly DataFieldValueInput[]): Promise<boolean> {
    return this.env.fields.usesNeedLock(ctx, values);
  }

  /** Records the values a trade-in uses, inside the caller's transaction (B090019/B090043 on a race). */
  recordUses(ctx: Ctx, tradeInId: number, values: readonly DataFieldValueInput[] | readonly ValidatedDataFieldValue[]): Promise<void> {
    return recordUses(this.env, ctx, tradeInId, values);
  }

  // ---------------------------------------------------------------- administration (`use-cases/manage-fields.ts`)

  list(ctx: Ctx): Promise<DataField[]> {
    return listFields(ctx);
  }

  get(ctx: Ctx, id: number): Promise<DataField> {
    return getField(ctx, id);
  }

  create(ctx: Ctx, raw: CreateDataFieldInput): Promise<DataField> {
    return createField(this.env, ctx, raw);
  }

  update(ctx: Ctx, id: number, raw: UpdateDataFieldInput): Promise<DataField> {
    return updateField(this.env, ctx, id, raw);
  }

  /** Deletes a field no trade-in has used; a used field is deactivated instead. */
  remove(ctx: Ctx, id: number): Promise<'deleted' | 'deactivated'> {
    return removeField(this.env, ctx, id);
  }

  /** The seed's §7 demo fields, created when missing (by name); idempotent. */
  seedDemo(ctx: Ctx): Promise<void> {
    return seedDemo(this.env, ctx);
  }
}
