import { defineErrors } from '../../platform/errors/index.js';
import { defineMessages } from '../../platform/i18n/index.js';

/**
 * Catalog error codes (range B02xxxx / N02xxxx / C02xxxx; seed 003 has none for the catalog).
 */
export const CatalogErrors = defineErrors({
  /** A model search term (after trimming) is shorter than 3 characters ("ab"): too short to identify a model. */
  B020001: {
    kind: 'validation',
    en: 'Search term must contain at least 3 characters.',
    tr: 'Arama terimi en az 3 karakter içermelidir.',
    sv: 'Söktermen måste innehålla minst 3 tecken.',
    de: 'Der Suchbegriff muss mindestens 3 Zeichen enthalten.',
  },
  /** A 15-digit search term (an IMEI) fails the Luhn check digit. */
  B020002: {
    kind: 'validation',
    en: "'{imei}' is not a valid IMEI: the check digit does not match.",
    tr: "'{imei}' geçerli bir IMEI değil: kontrol basamağı uyuşmuyor.",
    sv: "'{imei}' är inte ett giltigt IMEI: kontrollsiffran stämmer inte.",
    de: "'{imei}' ist keine gültige IMEI: Die Prüfziffer stimmt nicht.",
  },
  /** A tenant item group with this key already exists (or the key is a reference group's). */
  C020001: {
    kind: 'conflict',
    en: "Item group '{key}' already exists.",
    tr: "'{key}' ürün grubu zaten var.",
    sv: "Produktgruppen '{key}' finns redan.",
    de: "Die Artikelgruppe '{key}' existiert bereits.",
  },
  /** An exclusion or product refers to an item group the tenant cannot see. */
  N020001: {
    kind: 'not_found',
    en: "Item group with '{id}' id not found.",
    tr: "'{id}' kimlikli ürün grubu bulunamadı.",
    sv: "Produktgrupp med id '{id}' hittades inte.",
    de: "Artikelgruppe mit der ID '{id}' nicht gefunden.",
  },
  /** An exclusion refers to a manufacturer the tenant cannot see. */
  N020002: {
    kind: 'not_found',
    en: "Manufacturer with '{id}' id not found.",
    tr: "'{id}' kimlikli üretici bulunamadı.",
    sv: "Tillverkare med id '{id}' hittades inte.",
    de: "Hersteller mit der ID '{id}' nicht gefunden.",
  },
  /** An exclusion refers to a model family the tenant cannot see. */
  N020003: {
    kind: 'not_found',
    en: "Item with '{id}' id not found.",
    tr: "'{id}' kimlikli ürün bulunamadı.",
    sv: "Artikel med id '{id}' hittades inte.",
    de: "Artikel mit der ID '{id}' nicht gefunden.",
  },
  /** An exclusion or delete refers to a variant (model) the tenant cannot see or does not own. */
  N020004: {
    kind: 'not_found',
    en: "Model with '{id}' id not found.",
    tr: "'{id}' kimlikli model bulunamadı.",
    sv: "Modell med id '{id}' hittades inte.",
    de: "Modell mit der ID '{id}' nicht gefunden.",
  },
  /** The exclusion to delete does not exist for this tenant. */
  N020005: {
    kind: 'not_found',
    en: "Catalog exclusion with '{id}' id not found.",
    tr: "'{id}' kimlikli katalog hariç tutması bulunamadı.",
    sv: "Katalogundantag med id '{id}' hittades inte.",
    de: "Katalogausschluss mit der ID '{id}' nicht gefunden.",
  },
  /** A tenant product row failed validation (admin API); `reason` says why. */
  B020003: {
    kind: 'validation',
    en: 'The product is not valid: {reason}',
    tr: 'Ürün geçerli değil: {reason}',
    sv: 'Produkten är ogiltig: {reason}',
    de: 'Das Produkt ist ungültig: {reason}',
  },
  /** An import file cannot be read as CSV or as a JSON array of rows. */
  B020004: {
    kind: 'validation',
    en: 'The import file could not be read: {reason}',
    tr: 'İçe aktarma dosyası okunamadı: {reason}',
    sv: 'Importfilen kunde inte läsas: {reason}',
    de: 'Die Importdatei konnte nicht gelesen werden: {reason}',
  },
});

/** Non-error texts: search hints and import row reasons. */
export const CatalogMessages = defineMessages('catalog', {
  unknownTac: {
    en: 'The IMEI is valid, but no model is known for its TAC {tac}. Search by model name instead.',
    tr: 'IMEI geçerli, ancak TAC {tac} için bilinen bir model yok. Bunun yerine model adıyla arayın.',
    sv: 'IMEI-numret är giltigt men ingen modell är känd för dess TAC {tac}. Sök på modellnamn i stället.',
    de: 'Die IMEI ist gültig, aber zu ihrem TAC {tac} ist kein Modell bekannt. Suchen Sie stattdessen nach dem Modellnamen.',
  },
  serialNoModel: {
    en: 'This serial number format does not encode the model. Search by model name instead.',
    tr: 'Bu seri numarası biçimi modeli içermiyor. Bunun yerine model adıyla arayın.',
    sv: 'Det här serienummerformatet anger inte modellen. Sök på modellnamn i stället.',
    de: 'Dieses Seriennummernformat enthält das Modell nicht. Suchen Sie stattdessen nach dem Modellnamen.',
  },
  unknownGroup: {
    en: "unknown item group '{group}'",
    tr: "bilinmeyen ürün grubu '{group}'",
    sv: "okänd produktgrupp '{group}'",
    de: "unbekannte Artikelgruppe '{group}'",
  },
  duplicateKey: {
    en: "key '{key}' already appears on line {line}",
    tr: "'{key}' anahtarı {line}. satırda zaten var",
    sv: "nyckeln '{key}' finns redan på rad {line}",
    de: "Schlüssel '{key}' steht bereits in Zeile {line}",
  },
  referenceRow: {
    en: 'reference catalog row (exported), skipped',
    tr: 'referans katalog satırı (dışa aktarılmış), atlandı',
    sv: 'rad ur referenskatalogen (exporterad), hoppades över',
    de: 'Zeile des Referenzkatalogs (exportiert), übersprungen',
  },
});
