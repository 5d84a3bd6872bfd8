import type { CatalogVariant } from '../../modules/catalog/index.js';
import type { OrderTradeInView } from '../../modules/commerce/index.js';
import type { RetailDataField } from '../../modules/datafields/index.js';
import type { ReportResultView } from '../../modules/diligence/index.js';
import type { LocalizedForm } from '../../modules/grading/index.js';
import type { StoredQuote } from '../../modules/pricing/index.js';
import { toMajor } from '../../platform/money/index.js';

/** Records of the modules → the web app's snake_case JSON (money in major units). */
export const toWebQuote = (q: StoredQuote) => {
  const m = (minor: number) => toMajor(minor, q.currency);
  return {
    id: q.id,
    model_id: q.variantId,
    item_identifier: q.itemIdentifier,
    grade: q.gradeName,
    offered_price: m(q.offeredPriceMinor),
    offered_price_incl_vat: m(q.offeredPriceInclVatMinor),
    currency: q.currency,
    campaign_id: q.campaignId,
    device_bonus_incl_vat: m(q.deviceBonusInclVatMinor),
    expires_at: q.expiresAt.toISOString(),
    breakdown: q.breakdown.map((l) => ({ code: l.code, label: l.label, amount: m(l.amountMinor) })),
  };
};

const card = (c: { id: number; label: string; text: string; images: string[] }) => ({ id: c.id, label: c.label, text: c.text, images: c.images });
export const toWebForm = (f: LocalizedForm) => ({
  id: f.id,
  name: f.name,
  questions: f.questions.map((q) => ({
    id: q.id,
    name: q.name,
    label: q.label,
    info: q.info,
    multi_choice: q.multiChoice,
    info_cards: q.infoCards.map(card),
    answers: q.answers.map((a) => ({ id: a.id, name: a.name, info_cards: a.infoCards.map(card) })),
  })),
  extras: f.extras.map((e) => ({ id: e.id, name: e.name, label: e.label })),
  system_extras: f.systemExtras.map((s) => ({ id: s.id })),
});

/** A model of the search with its working-device price (major units, `currency`), if priced. */
export const toWebModel = (m: CatalogVariant, price: number | null, currency: string) => ({
  id: m.id,
  item_id: m.itemId,
  item_name: m.itemName,
  product_name: m.productName,
  product_name_short: m.productNameShort,
  storage_gb: m.storageGb,
  item_group_id: m.itemGroupId,
  item_group_key: m.itemGroupKey,
  manufacturer_id: m.manufacturerId,
  manufacturer_name: m.manufacturerName,
  price,
  currency,
  picture_url: m.pictureUrl,
});

export const toDiligenceResult = (x: ReportResultView) => ({
  provider: x.provider,
  result: x.result,
  result_id: x.resultId,
  timestamp: x.timestamp.toISOString(),
});

export const toWebDataField = (f: RetailDataField) => ({
  id: f.DataFieldId,
  name: f.DataFieldName,
  label: f.Label,
  required: f.IsRequired,
  scope: f.Scope,
  template_type: f.DataFieldTemplateType,
  type: f.DataFieldType,
  campaign_field: f.IsCampaignField,
  options: f.ListOptions.map((o) => ({ value: o.Value, label: o.Label })),
});

export const toOrderTradeIn = (t: OrderTradeInView) => ({
  order_item_id: t.orderItemId,
  order_number: t.orderNumber,
  product_name: t.productName,
  offered_price: toMajor(t.offeredPriceMinor, t.currency),
  final_price: t.finalPriceMinor === null ? null : toMajor(t.finalPriceMinor, t.currency),
  currency: t.currency,
  valuated_at: t.valuatedAt ? t.valuatedAt.toISOString() : null,
  decision: t.decision,
  awaits_decision: t.awaitsDecision,
});
