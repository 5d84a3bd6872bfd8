import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of custom data fields. Codes and English texts are seed 003 §12's
 * (GetTradeInDataFieldsByTerm B040xxx, ValidateTradeInDataField B050xxx, RegisterTradeInRequest
 * / UpdateTradeInRequest B090xxx); B05002x are this module's own (administration).
 */
export const DataFieldErrors = defineErrors({
  /** Search: `term` given with fewer than three characters. */
  B040001: {
    kind: 'validation',
    en: 'Term must contain at least three characters.',
    tr: 'Arama terimi en az üç karakter içermelidir.',
    sv: 'Söktermen måste innehålla minst tre tecken.',
    de: 'Der Suchbegriff muss mindestens drei Zeichen enthalten.',
  },
  /** Search: the `term` parameter is present but empty (the search form was submitted blank). */
  B040002: {
    kind: 'validation',
    en: 'Term is required.',
    tr: 'Arama terimi gereklidir.',
    sv: 'Sökterm krävs.',
    de: 'Ein Suchbegriff ist erforderlich.',
  },
  /** A data field id (read or administration) that the tenant does not have. */
  N040002: {
    kind: 'not_found',
    en: "DataField with '{id}' id does not exist in DB.",
    tr: "'{id}' kimlikli veri alanı bulunamadı.",
    sv: "Datafältet med id '{id}' finns inte.",
    de: "Das Datenfeld mit der ID '{id}' existiert nicht.",
  },
  /** Validate: the `value` parameter is missing or empty. */
  B050001: {
    kind: 'validation',
    en: 'Value is required.',
    tr: 'Değer gereklidir.',
    sv: 'Värde krävs.',
    de: 'Ein Wert ist erforderlich.',
  },
  /** Validate: the `dataFieldId` names no field of the tenant (or is not a positive integer). */
  N050001: {
    kind: 'not_found',
    en: "DataField with '{id}' id does not exist in DB.",
    tr: "'{id}' kimlikli veri alanı bulunamadı.",
    sv: "Datafältet med id '{id}' finns inte.",
    de: "Das Datenfeld mit der ID '{id}' existiert nicht.",
  },
  /** Validate: the `dataFieldId` parameter is missing or empty. */
  B050002: {
    kind: 'validation',
    en: 'DataField Id is required.',
    tr: 'Veri alanı kimliği gereklidir.',
    sv: 'Datafältets id krävs.',
    de: 'Die Datenfeld-ID ist erforderlich.',
  },
  /** Validate (an Invalid result's message): the value of a unique field is used, or its use limit is reached. */
  B050003: {
    kind: 'conflict',
    en: 'Value is already used.',
    tr: 'Bu değer zaten kullanılmış.',
    sv: 'Värdet används redan.',
    de: 'Der Wert wird bereits verwendet.',
  },
  /** Validate: the field exists but is deactivated. */
  B050004: {
    kind: 'validation',
    en: 'Data field is not active.',
    tr: 'Veri alanı etkin değil.',
    sv: 'Datafältet är inte aktivt.',
    de: 'Das Datenfeld ist nicht aktiv.',
  },
  /** Validate (Invalid result): the value does not match the field's regular expression. */
  B050005: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' does not match Regex '{regex}'.",
    tr: "'{id}' veri alanının '{value}' değeri '{regex}' düzenli ifadesine uymuyor.",
    sv: "Värdet '{value}' för datafält '{id}' matchar inte det reguljära uttrycket '{regex}'.",
    de: "Der Wert '{value}' des Datenfelds '{id}' entspricht nicht dem regulären Ausdruck '{regex}'.",
  },
  /** Validate (Invalid result): a Number field's value is not a number. */
  B050006: {
    kind: 'validation',
    en: 'Data Field value is not valid numeric.',
    tr: 'Veri alanı değeri geçerli bir sayı değil.',
    sv: 'Datafältets värde är inte ett giltigt tal.',
    de: 'Der Wert des Datenfelds ist keine gültige Zahl.',
  },
  /** Validate (Invalid result): a List field's value is none of its options. */
  B050007: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' is unknown.",
    tr: "'{id}' veri alanının '{value}' değeri bilinmiyor.",
    sv: "Värdet '{value}' för datafält '{id}' är okänt.",
    de: "Der Wert '{value}' des Datenfelds '{id}' ist unbekannt.",
  },
  /** Validate (Invalid result): the value does not fit the field's type (Email, Phone, Date, Checkbox), or the field's external validator refused it. */
  B050008: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' is not accepted.",
    tr: "'{id}' veri alanının '{value}' değeri kabul edilmiyor.",
    sv: "Värdet '{value}' för datafält '{id}' accepteras inte.",
    de: "Der Wert '{value}' des Datenfelds '{id}' wird nicht akzeptiert.",
  },
  /** Validate (Invalid result): the value is longer than 500 characters. */
  B050009: {
    kind: 'validation',
    en: "Data field '{id}' value can not be more than 500 symbols.",
    tr: "'{id}' veri alanının değeri 500 karakterden uzun olamaz.",
    sv: "Värdet för datafält '{id}' får inte vara längre än 500 tecken.",
    de: "Der Wert des Datenfelds '{id}' darf nicht länger als 500 Zeichen sein.",
  },
  /** Validate (Invalid result) and registration: the field's external validator failed (timeout, outage, bad answer). */
  B050010: {
    kind: 'validation',
    en: "Error in external data fields validation: '{message}'",
    tr: "Harici veri alanı doğrulamasında hata: '{message}'",
    sv: "Fel i extern validering av datafält: '{message}'",
    de: "Fehler bei der externen Datenfeldprüfung: '{message}'",
  },
  /** Administration: the regular expression does not compile. */
  B050020: {
    kind: 'validation',
    en: "The regular expression '{regex}' is not valid: {reason}",
    tr: "'{regex}' düzenli ifadesi geçerli değil: {reason}",
    sv: "Det reguljära uttrycket '{regex}' är ogiltigt: {reason}",
    de: "Der reguläre Ausdruck '{regex}' ist ungültig: {reason}",
  },
  /** Administration: a List field needs at least one option; other types take none. */
  B050021: {
    kind: 'validation',
    en: 'A List field needs list options, and only List fields may have them.',
    tr: 'Liste alanı seçenek gerektirir ve yalnızca liste alanlarında seçenek olabilir.',
    sv: 'Ett listfält behöver alternativ, och bara listfält får ha alternativ.',
    de: 'Ein Listenfeld braucht Optionen, und nur Listenfelder dürfen welche haben.',
  },
  /** Administration: another field of the tenant has this name. */
  B050022: {
    kind: 'conflict',
    en: "A data field named '{name}' already exists.",
    tr: "'{name}' adlı bir veri alanı zaten var.",
    sv: "Ett datafält med namnet '{name}' finns redan.",
    de: "Ein Datenfeld mit dem Namen '{name}' existiert bereits.",
  },
  /**
   * Administration: the external validator's URL is not one the server will call (not `https`,
   * a private, loopback or link-local host, credentials in it) — unless the tenant's
   * `development.allowPrivateOutbound` is on.
   */
  B050023: {
    kind: 'validation',
    en: "The external validator URL '{url}' is not allowed: {reason}",
    tr: "Harici doğrulayıcı adresine '{url}' izin verilmiyor: {reason}",
    sv: "Den externa validerarens adress '{url}' är inte tillåten: {reason}",
    de: "Die URL des externen Prüfdienstes '{url}' ist nicht erlaubt: {reason}",
  },
  /** Registration: the same DataFieldId appears twice in CustomDataFields. */
  B090014: {
    kind: 'validation',
    en: "Duplicate data field value with '{id}' id.",
    tr: "'{id}' kimlikli veri alanı için yinelenen değer.",
    sv: "Dubblerat värde för datafält med id '{id}'.",
    de: "Doppelter Wert für das Datenfeld mit der ID '{id}'.",
  },
  /** Registration: a required field that applies to the trade-in was not sent at all. */
  B090016: {
    kind: 'validation',
    en: "Required data field with '{name}' name is empty.",
    tr: "'{name}' adlı zorunlu veri alanı boş.",
    sv: "Det obligatoriska datafältet '{name}' är tomt.",
    de: "Das Pflichtdatenfeld '{name}' ist leer.",
  },
  /** Registration: a DataFieldId that the tenant does not have. */
  B090017: {
    kind: 'validation',
    en: "Data field with '{id}' id not found.",
    tr: "'{id}' kimlikli veri alanı bulunamadı.",
    sv: "Datafält med id '{id}' hittades inte.",
    de: "Datenfeld mit der ID '{id}' nicht gefunden.",
  },
  /**
   * Registration: a field that does not apply to this trade-in — deactivated, outside its scope
   * (Corporate/Private), or a campaign field of another campaign (or none).
   */
  B090018: {
    kind: 'validation',
    en: "Not valid data field '{name}'",
    tr: "Geçerli olmayan veri alanı '{name}'",
    sv: "Ogiltigt datafält '{name}'",
    de: "Ungültiges Datenfeld '{name}'",
  },
  /** Registration: the value of a unique field is already used by another trade-in. */
  B090019: {
    kind: 'conflict',
    en: "'{value}' can't be used as value for data field '{id}' because it has been already used.",
    tr: "'{value}' değeri '{id}' veri alanı için daha önce kullanıldığından kullanılamaz.",
    sv: "'{value}' kan inte användas som värde för datafält '{id}' eftersom det redan har använts.",
    de: "'{value}' kann nicht als Wert für das Datenfeld '{id}' verwendet werden, da er bereits verwendet wurde.",
  },
  /** Registration: the value does not match the field's regular expression. */
  B090025: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' does not match Regex '{regex}'.",
    tr: "'{id}' veri alanının '{value}' değeri '{regex}' düzenli ifadesine uymuyor.",
    sv: "Värdet '{value}' för datafält '{id}' matchar inte det reguljära uttrycket '{regex}'.",
    de: "Der Wert '{value}' des Datenfelds '{id}' entspricht nicht dem regulären Ausdruck '{regex}'.",
  },
  /** Registration: the value does not fit the field's type (Number, Email, Phone, Date, Checkbox). */
  B090026: {
    kind: 'validation',
    en: "'{value}' can't be used as value for '{id}' data field '{type}'.",
    tr: "'{value}' değeri '{id}' veri alanı için ({type}) kullanılamaz.",
    sv: "'{value}' kan inte användas som värde för datafält '{id}' av typen '{type}'.",
    de: "'{value}' kann nicht als Wert für das Datenfeld '{id}' vom Typ '{type}' verwendet werden.",
  },
  /** Registration: a List field's value is none of its options. */
  B090027: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' is unknown.",
    tr: "'{id}' veri alanının '{value}' değeri bilinmiyor.",
    sv: "Värdet '{value}' för datafält '{id}' är okänt.",
    de: "Der Wert '{value}' des Datenfelds '{id}' ist unbekannt.",
  },
  /** Registration: the field's external validator refused the value. */
  B090028: {
    kind: 'validation',
    en: "Data field '{id}' value '{value}' is not accepted.",
    tr: "'{id}' veri alanının '{value}' değeri kabul edilmiyor.",
    sv: "Värdet '{value}' för datafält '{id}' accepteras inte.",
    de: "Der Wert '{value}' des Datenfelds '{id}' wird nicht akzeptiert.",
  },
  /** Registration: the value is longer than 500 characters. */
  B090029: {
    kind: 'validation',
    en: "Data field '{id}' value can not be more than 500 symbols.",
    tr: "'{id}' veri alanının değeri 500 karakterden uzun olamaz.",
    sv: "Värdet för datafält '{id}' får inte vara längre än 500 tecken.",
    de: "Der Wert des Datenfelds '{id}' darf nicht länger als 500 Zeichen sein.",
  },
  /** Registration: a required field was sent with an empty value. */
  B090031: {
    kind: 'validation',
    en: "Required data field '{id}' is empty.",
    tr: "'{id}' zorunlu veri alanı boş.",
    sv: "Det obligatoriska datafältet '{id}' är tomt.",
    de: "Das Pflichtdatenfeld '{id}' ist leer.",
  },
  /** Registration: the value has reached the field's limit of uses per value. */
  B090043: {
    kind: 'conflict',
    en: 'Limit of using the same {id} is reached',
    tr: 'Aynı {id} değerinin kullanım sınırına ulaşıldı',
    sv: 'Gränsen för användning av samma {id} är nådd',
    de: 'Das Limit für die Verwendung desselben {id} ist erreicht',
  },
  /** Registration: a field that requires validation was not validated with this value first. */
  B090047: {
    kind: 'precondition',
    en: "Please validate DataField with id '{id}' before registering Trade-in.",
    tr: "Takas kaydından önce '{id}' kimlikli veri alanını doğrulayın.",
    sv: "Validera datafältet med id '{id}' innan inbytet registreras.",
    de: "Bitte prüfen Sie das Datenfeld mit der ID '{id}' vor der Registrierung der Inzahlungnahme.",
  },
  /** Update: a field that requires validation was not validated with this value first. */
  B090049: {
    kind: 'precondition',
    en: "Please validate DataField with id '{id}' before updating Trade-in.",
    tr: "Takası güncellemeden önce '{id}' kimlikli veri alanını doğrulayın.",
    sv: "Validera datafältet med id '{id}' innan inbytet uppdateras.",
    de: "Bitte prüfen Sie das Datenfeld mit der ID '{id}' vor der Aktualisierung der Inzahlungnahme.",
  },
}, 'datafields');
