import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of grading forms and of checking submitted answers against a form version (seed 003 §12
 * "PriceQuoteRequest" and "GetGradingFormBlankByItemVariantId" where they fit).
 */
export const GradingErrors = defineErrors({
  /** A submitted answer names a question the form version does not have. */
  N070002: {
    kind: 'not_found',
    en: "Question with '{id}' id not found in this grading form version.",
    tr: "'{id}' kimlikli soru bu değerlendirme formu sürümünde bulunamadı.",
    sv: "Fråga med id '{id}' finns inte i den här versionen av bedömningsformuläret.",
    de: "Frage mit der ID '{id}' wurde in dieser Version des Bewertungsformulars nicht gefunden.",
  },
  /** A submitted answer id is not an option of its question. */
  N070003: {
    kind: 'not_found',
    en: "Answer option with '{id}' id not found in this grading form version.",
    tr: "'{id}' kimlikli cevap seçeneği bu değerlendirme formu sürümünde bulunamadı.",
    sv: "Svarsalternativ med id '{id}' finns inte i den här versionen av bedömningsformuläret.",
    de: "Antwortoption mit der ID '{id}' wurde in dieser Version des Bewertungsformulars nicht gefunden.",
  },
  /** A submitted extra (or system extra) is not part of the form version. */
  N070004: {
    kind: 'not_found',
    en: "Extra with '{id}' id not found in this grading form version.",
    tr: "'{id}' kimlikli ek bu değerlendirme formu sürümünde bulunamadı.",
    sv: "Tillägg med id '{id}' finns inte i den här versionen av bedömningsformuläret.",
    de: "Extra mit der ID '{id}' wurde in dieser Version des Bewertungsformulars nicht gefunden.",
  },
  /** No answers were sent, or a question was left unanswered. */
  B070007: {
    kind: 'validation',
    en: 'Please provide Grading Form Answers',
    tr: 'Lütfen değerlendirme formu cevaplarını gönderin',
    sv: 'Ange svar på bedömningsformuläret',
    de: 'Bitte geben Sie die Antworten des Bewertungsformulars an',
  },
  /** The `GradingForm` part is malformed, or several answers were sent for a single-choice question. */
  B070010: {
    kind: 'validation',
    en: 'Can not parse grading form',
    tr: 'Değerlendirme formu çözümlenemiyor',
    sv: 'Bedömningsformuläret kan inte tolkas',
    de: 'Das Bewertungsformular kann nicht gelesen werden',
  },
  /** Unknown model, or no active grading form covers the model's item group. */
  N170008: {
    kind: 'not_found',
    en: "Active grading form version for item variant '{id}' not found.",
    tr: "'{id}' ürün varyantı için etkin değerlendirme formu sürümü bulunamadı.",
    sv: "Ingen aktiv version av bedömningsformuläret hittades för variant '{id}'.",
    de: "Keine aktive Version des Bewertungsformulars für die Variante '{id}' gefunden.",
  },
  /** Admin: the form or version does not exist in this tenant (reference forms are read-only). */
  N170101: {
    kind: 'not_found',
    en: "Grading form '{id}' not found.",
    tr: "'{id}' değerlendirme formu bulunamadı.",
    sv: "Bedömningsformuläret '{id}' hittades inte.",
    de: "Bewertungsformular '{id}' nicht gefunden.",
  },
  /** Admin: the version was used by a price quote (or is retired) and can no longer change. */
  B170102: {
    kind: 'conflict',
    en: "Grading form version '{id}' is in use and can not be changed; create a new version.",
    tr: "'{id}' değerlendirme formu sürümü kullanımda ve değiştirilemez; yeni bir sürüm oluşturun.",
    sv: "Version '{id}' av bedömningsformuläret används och kan inte ändras; skapa en ny version.",
    de: "Version '{id}' des Bewertungsformulars wird verwendet und kann nicht geändert werden; legen Sie eine neue Version an.",
  },
  /** Admin: the tenant already has a form for this scope or key. */
  B170103: {
    kind: 'conflict',
    en: 'A grading form for this scope or key already exists.',
    tr: 'Bu kapsam veya anahtar için zaten bir değerlendirme formu var.',
    sv: 'Det finns redan ett bedömningsformulär för detta omfång eller denna nyckel.',
    de: 'Für diesen Bereich oder Schlüssel existiert bereits ein Bewertungsformular.',
  },
});
