import { defineErrors } from '../../platform/errors/index.js';

/** Errors of price quotes (seed 003 §12 "PriceQuoteRequest", "GetPriceQuote") and valuations. */
export const PricingErrors = defineErrors({
  /** `AgentId` is not a user (uid) of this tenant. */
  B070005: {
    kind: 'validation',
    en: "User with '{id}' id does not exist.",
    tr: "'{id}' kimlikli kullanıcı mevcut değil.",
    sv: "Användare med id '{id}' finns inte.",
    de: "Benutzer mit der ID '{id}' existiert nicht.",
  },
  /** `LocationId` is not a location of this tenant (same text as B090008 at registration). */
  B070013: {
    kind: 'validation',
    en: "Location with '{id}' id does not exist.",
    tr: "'{id}' kimlikli konum mevcut değil.",
    sv: "Platsen med id '{id}' finns inte.",
    de: "Standort mit der ID '{id}' existiert nicht.",
  },
  /** `CampaignId` is not a campaign of this tenant. */
  N070005: {
    kind: 'not_found',
    en: "Campaign was not found by id '{campaignId}'",
    tr: "'{campaignId}' kimlikli kampanya bulunamadı",
    sv: "Ingen kampanj hittades med id '{campaignId}'",
    de: "Kampagne mit der ID '{campaignId}' wurde nicht gefunden",
  },
  /** `ItemIdentifier` given but shorter than 5 characters. */
  B070006: {
    kind: 'validation',
    en: 'Item identifier must be at least 5 characters.',
    tr: 'Ürün tanımlayıcısı en az 5 karakter olmalıdır.',
    sv: 'Enhetsidentifieraren måste vara minst 5 tecken.',
    de: 'Die Gerätekennung muss mindestens 5 Zeichen lang sein.',
  },
  /** Unknown model, or no active grading form covers it. */
  B070008: {
    kind: 'precondition',
    en: "Active grading form version for item variant '{id}' not found.",
    tr: "'{id}' ürün varyantı için etkin değerlendirme formu sürümü bulunamadı.",
    sv: "Ingen aktiv version av bedömningsformuläret hittades för variant '{id}'.",
    de: "Keine aktive Version des Bewertungsformulars für die Variante '{id}' gefunden.",
  },
  /** The campaign starts later. */
  B070011: {
    kind: 'precondition',
    en: "Campaign with id '{campaignId}' has not started yet.",
    tr: "'{campaignId}' kimlikli kampanya henüz başlamadı.",
    sv: "Kampanjen med id '{campaignId}' har inte börjat än.",
    de: "Die Kampagne mit der ID '{campaignId}' hat noch nicht begonnen.",
  },
  /** The campaign has ended. */
  B070012: {
    kind: 'precondition',
    en: "Campaign with id '{campaignId}' has already expired.",
    tr: "'{campaignId}' kimlikli kampanyanın süresi doldu.",
    sv: "Kampanjen med id '{campaignId}' har redan upphört.",
    de: "Die Kampagne mit der ID '{campaignId}' ist bereits abgelaufen.",
  },
  /** No base price (valuation) for the model in this tenant. */
  B070101: {
    kind: 'precondition',
    en: "No price is set for model '{id}'.",
    tr: "'{id}' modeli için fiyat tanımlı değil.",
    sv: "Inget pris är satt för modell '{id}'.",
    de: "Für das Modell '{id}' ist kein Preis hinterlegt.",
  },
  /** The display currency has no exchange rate. */
  B070102: {
    kind: 'validation',
    en: "Currency '{currency}' is not supported.",
    tr: "'{currency}' para birimi desteklenmiyor.",
    sv: "Valutan '{currency}' stöds inte.",
    de: "Die Währung '{currency}' wird nicht unterstützt.",
  },
  /** A valuation (base price) row is invalid: unknown model or bad amount. */
  B070103: {
    kind: 'validation',
    en: 'Invalid valuation at {where}: {reason}',
    tr: '{where} konumunda geçersiz değerleme: {reason}',
    sv: 'Ogiltig värdering vid {where}: {reason}',
    de: 'Ungültige Bewertung bei {where}: {reason}',
  },
  /** A valuation for this model already exists (use PUT). */
  B070104: {
    kind: 'conflict',
    en: "A valuation for model '{id}' already exists.",
    tr: "'{id}' modeli için zaten bir değerleme var.",
    sv: "Det finns redan en värdering för modell '{id}'.",
    de: "Für das Modell '{id}' existiert bereits eine Bewertung.",
  },
  /** Valuation id unknown in this tenant. */
  N070101: {
    kind: 'not_found',
    en: "Valuation '{id}' not found.",
    tr: "'{id}' değerlemesi bulunamadı.",
    sv: "Värderingen '{id}' hittades inte.",
    de: "Bewertung '{id}' nicht gefunden.",
  },
  /** `GET price-quote/{id}`: no such quote in this tenant. */
  N090003: {
    kind: 'not_found',
    en: "Price quote with '{id}' id not found.",
    tr: "'{id}' kimlikli fiyat teklifi bulunamadı.",
    sv: "Prisofferten med id '{id}' hittades inte.",
    de: "Preisangebot mit der ID '{id}' nicht gefunden.",
  },
});
