import type { FormDefinition, FormDefinitionInput, FormVersionRecord } from '../../modules/grading/index.js';
import type { AdminDefinitionIn, AdminDefinitionOut, AdminFormVersionOut } from './grading.schemas.js';

/*
 * The admin API speaks snake_case; the grading module (and the stored definitions) camelCase.
 * Only keys are renamed here: values pass through and the module validates them.
 */

interface FlagsCamel {
  isVendorSelected: boolean;
  isPartnerSelected: boolean;
  isAffiliateSelected: boolean;
}
interface FlagsSnake {
  is_vendor_selected: boolean;
  is_partner_selected: boolean;
  is_affiliate_selected: boolean;
}

const flagsIn = (f: FlagsSnake): FlagsCamel => ({
  isVendorSelected: f.is_vendor_selected,
  isPartnerSelected: f.is_partner_selected,
  isAffiliateSelected: f.is_affiliate_selected,
});
const flagsOut = (f: FlagsCamel): FlagsSnake => ({
  is_vendor_selected: f.isVendorSelected,
  is_partner_selected: f.isPartnerSelected,
  is_affiliate_selected: f.isAffiliateSelected,
});

/** A definition sent to the admin API, in the grading module's shape. */
export function definitionIn(d: AdminDefinitionIn): FormDefinitionInput {
  return {
    name: d.name,
    scoringType: d.scoring_type,
    questions: d.questions.map((q) => ({
      id: q.id,
      name: q.name,
      label: q.label,
      info: q.info,
      infoCards: q.info_cards,
      multiChoice: q.multi_choice,
      optional: q.optional,
      answers: q.answers.map((a) => ({ id: a.id, name: a.name, score: a.score, infoCards: a.info_cards, ...flagsIn(a) })),
    })),
    extras: d.extras.map((e) => ({ id: e.id, name: e.name, label: e.label, valuePct: e.value_pct, ...flagsIn(e) })),
    systemExtras: d.system_extras.map((x) => ({ id: x.id, ...flagsIn(x) })),
    grades: d.grades?.map((g) => ({ key: g.key, name: g.name, minScore: g.min_score, condition: g.condition, ctia: g.ctia })),
  };
}

/** A stored definition as the admin API answers it. */
export function definitionOut(d: FormDefinition): AdminDefinitionOut {
  return {
    name: d.name,
    scoring_type: d.scoringType,
    questions: d.questions.map((q) => ({
      id: q.id,
      name: q.name,
      label: q.label,
      info: q.info,
      info_cards: q.infoCards,
      multi_choice: q.multiChoice,
      optional: q.optional,
      answers: q.answers.map((a) => ({ id: a.id, name: a.name, score: a.score, info_cards: a.infoCards, ...flagsOut(a) })),
    })),
    extras: d.extras.map((e) => ({ id: e.id, name: e.name, label: e.label, value_pct: e.valuePct, ...flagsOut(e) })),
    system_extras: d.systemExtras.map((s) => ({ id: s.id, ...flagsOut(s) })),
    grades: d.grades?.map((g) => ({ key: g.key, name: g.name, min_score: g.minScore, condition: g.condition, ctia: g.ctia })),
  };
}

export const versionOut = (v: FormVersionRecord): AdminFormVersionOut => ({
  form_id: v.formId,
  version_id: v.versionId,
  version: v.version,
  status: v.status,
  is_reference: v.tenantId === null,
  key: v.key,
  item_group_key: v.itemGroupKey,
  item_id: v.itemId,
  definition: definitionOut(v.definition),
  created_at: v.createdAt.toISOString(),
  published_at: v.publishedAt ? v.publishedAt.toISOString() : null,
});
