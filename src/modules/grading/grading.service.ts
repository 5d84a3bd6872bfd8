import type { CacheBus } from '../../platform/cache/index.js';
import { withTransaction, type Ctx } from '../../platform/context.js';
import { sqlState, UNIQUE_VIOLATION, type Db } from '../../platform/db/index.js';
import type { CatalogModule, CatalogVariant } from '../catalog/index.js';
import { GradingErrors } from './grading.errors.js';
import { gradingRepository, upsertReferenceForm, type FormVersionRecord } from './grading.repository.js';
import { CreateFormInput, FormDefinitionSchema, type FormDefinition, type FormDefinitionInput, type GradeDefinition } from './grading.schemas.js';
import { GradingSettings } from './grading.settings.js';
import { DEFAULT_GRADES, REFERENCE_FORMS } from './reference-forms.js';
import { pick } from './scoring.js';
import { parseInput } from '../../platform/parse-input.js';

export const GRADING_CACHE_SCOPE = 'grading';

/** A form version as served: which form, which version, its definition. */
export type ActiveForm = FormVersionRecord;

/** A form in one locale, shaped like seed 003's grading form (camelCase). */
export interface LocalizedForm {
  id: number;
  versionId: number;
  name: string;
  scoringType: number;
  questions: {
    id: number;
    name: string;
    label: string;
    info: string;
    multiChoice: boolean;
    infoCards: { id: number; label: string; text: string; images: string[] }[];
    answers: {
      id: number;
      name: string;
      score: number;
      infoCards: { id: number; label: string; text: string; images: string[] }[];
      isVendorSelected: boolean;
      isPartnerSelected: boolean;
      isAffiliateSelected: boolean;
    }[];
  }[];
  extras: { id: number; name: string; label: string; isVendorSelected: boolean; isPartnerSelected: boolean; isAffiliateSelected: boolean }[];
  systemExtras: { id: number; isVendorSelected: boolean; isPartnerSelected: boolean; isAffiliateSelected: boolean }[];
}

function scopeKey(groupKey: string, itemId: number | null): string {
  return `${groupKey}|${itemId ?? 0}`;
}

/**
 * Grading forms: versioned per item group (optionally per model family), one active version per
 * form, reference forms shared by every tenant. Active forms are cached per tenant in memory and
 * invalidated through the CacheBus (scope `grading`).
 */
export class GradingService {
  private readonly byTenant = new Map<number, Promise<Map<string, ActiveForm>>>();
  private readonly versions = new Map<number, Promise<ActiveForm | null>>();
  private readonly localized = new WeakMap<ActiveForm, Map<string, LocalizedForm>>();
  /** Variants looked up by the hot paths (grading form, price quote), per tenant. */
  private readonly variants = new Map<number, Map<number, Promise<CatalogVariant | null>>>();

  constructor(private readonly deps: { cache: CacheBus; catalog: CatalogModule }) {
    deps.cache.on(GRADING_CACHE_SCOPE, (tenantId) => {
      if (tenantId === null) this.byTenant.clear();
      else this.byTenant.delete(tenantId);
      this.versions.clear();
    });
    deps.cache.on('catalog', (tenantId) => {
      if (tenantId === null) this.variants.clear();
      else this.variants.delete(tenantId);
    });
  }

  /**
   * A variant the tenant trades, from memory after the first lookup (the catalog's CacheBus
   * scope `catalog` clears it), so forms and quotes do not query the catalog every time.
   */
  variant(ctx: Ctx, id: number): Promise<CatalogVariant | null> {
    let perTenant = this.variants.get(ctx.tenant.id);
    if (!perTenant) this.variants.set(ctx.tenant.id, (perTenant = new Map()));
    let p = perTenant.get(id);
    if (!p) {
      // Bounded: unknown ids are cached too, so a flood of random ids must not grow it forever.
      if (perTenant.size >= 50_000) perTenant.clear();
      p = this.deps.catalog.getVariant(ctx, id);
      const map = perTenant;
      p.catch(() => map.delete(id));
      perTenant.set(id, p);
    }
    return p;
  }

  private activeIndex(ctx: Ctx): Promise<Map<string, ActiveForm>> {
    let p = this.byTenant.get(ctx.tenant.id);
    if (!p) {
      p = gradingRepository.activeVersions(ctx).then((list) => {
        const map = new Map<string, ActiveForm>();
        // Reference first so a tenant's own form for the same scope replaces it.
        for (const f of list.filter((x) => x.tenantId === null)) map.set(scopeKey(f.itemGroupKey, f.itemId), f);
        for (const f of list.filter((x) => x.tenantId !== null)) map.set(scopeKey(f.itemGroupKey, f.itemId), f);
        return map;
      });
      p.catch(() => this.byTenant.delete(ctx.tenant.id));
      this.byTenant.set(ctx.tenant.id, p);
    }
    return p;
  }

  /**
   * The active form for a variant: model-family form, else item-group form, else the generic
   * form ('*'); at each level the tenant's own form before the reference form.
   */
  async activeFormFor(ctx: Ctx, variant: Pick<CatalogVariant, 'itemGroupKey' | 'itemId'>): Promise<ActiveForm | null> {
    const index = await this.activeIndex(ctx);
    return (
      index.get(scopeKey(variant.itemGroupKey, variant.itemId)) ?? index.get(scopeKey(variant.itemGroupKey, null)) ?? index.get(scopeKey('*', null)) ?? null
    );
  }

  /** The active form of a model (seed 003 `GET models/{id}/grading-form`); N170008 when none. */
  async formForModel(ctx: Ctx, modelId: number): Promise<{ variant: CatalogVariant; form: ActiveForm }> {
    const variant = await this.variant(ctx, modelId);
    const form = variant && variant.isActive ? await this.activeFormFor(ctx, variant) : null;
    if (!variant || !form) throw GradingErrors.N170008({ id: modelId });
    return { variant, form };
  }

  /** A version by id (own or reference), cached: versions used by quotes never change. */
  getVersion(ctx: Ctx, versionId: number): Promise<ActiveForm | null> {
    let p = this.versions.get(versionId);
    if (!p) {
      p = gradingRepository.versionById(ctx, versionId);
      p.catch(() => this.versions.delete(versionId));
      // Only reference versions are shared; tenant versions are cached under their id too,
      // which is safe because the lookup is tenant-filtered on first load and ids are global.
      this.versions.set(versionId, p);
    }
    return p.then((v) => (v && (v.tenantId === null || v.tenantId === ctx.tenant.id) ? v : null));
  }

  /** Grades of a form: its own, else the tenant's settings, else the defaults. */
  gradesFor(ctx: Ctx, form: Pick<ActiveForm, 'definition'>): GradeDefinition[] {
    return form.definition.grades ?? GradingSettings.read(ctx.tenant).grades ?? DEFAULT_GRADES;
  }

  /**
   * A form in the request locale, falling back to the tenant default, then English. Memoized per
   * form object: a cache invalidation loads new objects, so stale translations are dropped with them.
   */
  localize(ctx: Ctx, form: ActiveForm): LocalizedForm {
    let perForm = this.localized.get(form);
    if (!perForm) this.localized.set(form, (perForm = new Map()));
    const key = `${ctx.locale}|${ctx.tenant.defaultLocale}`;
    let out = perForm.get(key);
    if (!out) perForm.set(key, (out = this.buildLocalized(ctx.locale, ctx.tenant.defaultLocale, form)));
    return out;
  }

  private buildLocalized(l: string, fb: string, form: ActiveForm): LocalizedForm {
    const card = (c: FormDefinition['questions'][number]['infoCards'][number]) => ({
      id: c.id,
      label: pick(c.label, l, fb),
      text: pick(c.text, l, fb),
      images: c.images,
    });
    const d = form.definition;
    return {
      id: form.formId,
      versionId: form.versionId,
      name: pick(d.name, l, fb),
      scoringType: d.scoringType,
      questions: d.questions.map((q) => ({
        id: q.id,
        name: pick(q.name, l, fb),
        label: pick(q.label, l, fb),
        info: pick(q.info, l, fb),
        multiChoice: q.multiChoice,
        infoCards: q.infoCards.map(card),
        answers: q.answers.map((a) => ({
          id: a.id,
          name: pick(a.name, l, fb),
          score: a.score,
          infoCards: a.infoCards.map(card),
          isVendorSelected: a.isVendorSelected,
          isPartnerSelected: a.isPartnerSelected,
          isAffiliateSelected: a.isAffiliateSelected,
        })),
      })),
      extras: d.extras.map((e) => ({
        id: e.id,
        name: pick(e.name, l, fb),
        label: pick(e.label ?? e.name, l, fb),
        isVendorSelected: e.isVendorSelected,
        isPartnerSelected: e.isPartnerSelected,
        isAffiliateSelected: e.isAffiliateSelected,
      })),
      systemExtras: d.systemExtras.map((s) => ({
        id: s.id,
        isVendorSelected: s.isVendorSelected,
        isPartnerSelected: s.isPartnerSelected,
        isAffiliateSelected: s.isAffiliateSelected,
      })),
    };
  }

  // --- administration -------------------------------------------------------------------

  /** Every form version visible to the tenant (reference forms are read-only). */
  listVersions(ctx: Ctx, formId?: number): Promise<FormVersionRecord[]> {
    return gradingRepository.allVersions(ctx, formId);
  }

  /** Creates a tenant form for a scope with version 1 as a draft. */
  async createForm(ctx: Ctx, input: CreateFormInput): Promise<FormVersionRecord> {
    const data = parseInput(CreateFormInput, input);
    try {
      return await withTransaction(ctx, async (tx) => {
        const formId = await gradingRepository.insertForm(tx, data);
        const versionId = await gradingRepository.insertVersion(tx, formId, data.definition);
        return (await gradingRepository.versionById(tx, versionId))!;
      });
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) throw GradingErrors.B170103();
      throw err;
    }
  }

  /** Adds a draft version to a tenant form (copying the newest version when no definition is given). */
  async addVersion(ctx: Ctx, formId: number, definition?: FormDefinitionInput): Promise<FormVersionRecord> {
    const existing = (await gradingRepository.allVersions(ctx, formId)).filter((v) => v.tenantId === ctx.tenant.id);
    if (existing.length === 0) throw GradingErrors.N170101({ id: formId });
    const def = definition ? parseInput(FormDefinitionSchema, definition) : existing[0].definition;
    const versionId = await gradingRepository.insertVersion(ctx, formId, def);
    return (await gradingRepository.versionById(ctx, versionId))!;
  }

  /** Edits a tenant version; refused (B170102) once a quote used it or after it was retired. */
  async updateVersion(ctx: Ctx, versionId: number, definition: FormDefinitionInput): Promise<FormVersionRecord> {
    const def = parseInput(FormDefinitionSchema, definition);
    const current = await gradingRepository.versionById(ctx, versionId);
    if (!current || current.tenantId !== ctx.tenant.id) throw GradingErrors.N170101({ id: versionId });
    await withTransaction(ctx, async (tx) => {
      if (!(await gradingRepository.updateUnusedVersion(tx, versionId, def))) throw GradingErrors.B170102({ id: versionId });
      await this.deps.cache.invalidate(tx.db, GRADING_CACHE_SCOPE, ctx.tenant.id);
    });
    return (await gradingRepository.versionById(ctx, versionId))!;
  }

  /** Makes a version the active one of its form (the previous active version is retired). */
  async publishVersion(ctx: Ctx, versionId: number): Promise<FormVersionRecord> {
    const current = await gradingRepository.versionById(ctx, versionId);
    if (!current || current.tenantId !== ctx.tenant.id) throw GradingErrors.N170101({ id: versionId });
    if (current.status === 'retired') throw GradingErrors.B170102({ id: versionId });
    await withTransaction(ctx, async (tx) => {
      await gradingRepository.publish(tx.db, ctx.tenant.id, current.formId, versionId, ctx.clock.now());
      await this.deps.cache.invalidate(tx.db, GRADING_CACHE_SCOPE, ctx.tenant.id);
    });
    return (await gradingRepository.versionById(ctx, versionId))!;
  }
}

/** Reference-data step: keeps the shipped reference forms current (new version when they change). */
export async function syncReferenceGradingForms(db: Db): Promise<void> {
  for (const f of REFERENCE_FORMS) await upsertReferenceForm(db, f.key, f.itemGroupKey, FormDefinitionSchema.parse(f.definition));
}
