import { defineErrors } from './app-error.js';
import { defineMessages } from '../i18n/index.js';

/**
 * Codes of the platform itself, following seed 003's pattern (letter + six digits) where the
 * seed has no code of its own.
 */
export const PlatformErrors = defineErrors({
  /** The request body, query or path failed schema validation; `fields` lists every failure. */
  B000001: {
    kind: 'validation',
    en: 'The request is not valid: {count, plural, one {# field} other {# fields}} failed validation.',
    tr: 'İstek geçerli değil: {count} alan doğrulamadan geçemedi.',
    sv: 'Begäran är ogiltig: {count} fält klarade inte valideringen.',
    de: 'Die Anfrage ist ungültig: {count} Feld(er) haben die Prüfung nicht bestanden.',
  },
  /** The body is not parseable (bad JSON, wrong content type). */
  B000002: {
    kind: 'validation',
    en: 'The request body could not be read: {reason}',
    tr: 'İstek gövdesi okunamadı: {reason}',
    sv: 'Begärans innehåll kunde inte läsas: {reason}',
    de: 'Der Anfrageinhalt konnte nicht gelesen werden: {reason}',
  },
  /**
   * A value the request carried cannot be stored (the database refused it as out of range, too
   * long or malformed); a safety net behind request validation, never with database details.
   */
  B000003: {
    kind: 'validation',
    en: 'A value in the request is not valid: {reason}',
    tr: 'İstekteki bir değer geçerli değil: {reason}',
    sv: 'Ett värde i begäran är ogiltigt: {reason}',
    de: 'Ein Wert in der Anfrage ist ungültig: {reason}',
  },
  /** A value the request refers to already exists (a duplicate the database refused). */
  B000004: {
    kind: 'conflict',
    en: 'The request conflicts with existing data.',
    tr: 'İstek mevcut verilerle çakışıyor.',
    sv: 'Begäran står i konflikt med befintliga data.',
    de: 'Die Anfrage steht im Widerspruch zu vorhandenen Daten.',
  },
  /** No route matches method and path. */
  N000001: {
    kind: 'not_found',
    en: 'No such endpoint: {method} {url}',
    tr: 'Böyle bir uç nokta yok: {method} {url}',
    sv: 'Ingen sådan slutpunkt: {method} {url}',
    de: 'Keinen solchen Endpunkt: {method} {url}',
  },
  /** The tenant in the path or host does not exist or is inactive. */
  N000002: {
    kind: 'not_found',
    en: "Tenant '{slug}' not found.",
    tr: "'{slug}' kiracısı bulunamadı.",
    sv: "Klienten '{slug}' hittades inte.",
    de: "Mandant '{slug}' nicht gefunden.",
  },
  /** A resource addressed by id does not exist for this tenant. */
  N000003: {
    kind: 'not_found',
    en: 'Not found.',
    tr: 'Bulunamadı.',
    sv: 'Hittades inte.',
    de: 'Nicht gefunden.',
  },
  /** Missing or unknown `x-apikey`. */
  U000001: {
    kind: 'unauthenticated',
    en: 'A valid API key is required in the x-apikey header.',
    tr: 'x-apikey başlığında geçerli bir API anahtarı gereklidir.',
    sv: 'En giltig API-nyckel krävs i huvudet x-apikey.',
    de: 'Ein gültiger API-Schlüssel im Header x-apikey ist erforderlich.',
  },
  /** No valid session cookie for this tenant. */
  U000002: {
    kind: 'unauthenticated',
    en: 'Authentication credentials were not provided or have expired.',
    tr: 'Kimlik doğrulama bilgileri sağlanmadı veya süresi doldu.',
    sv: 'Inloggningsuppgifter saknas eller har gått ut.',
    de: 'Anmeldedaten fehlen oder sind abgelaufen.',
  },
  /** Wrong email or password (same message for both, on purpose). */
  U000003: {
    kind: 'unauthenticated',
    en: 'Email or password is incorrect.',
    tr: 'E-posta veya şifre hatalı.',
    sv: 'E-postadressen eller lösenordet är fel.',
    de: 'E-Mail oder Passwort ist falsch.',
  },
  /** `/metrics` without the `Authorization: Bearer` token configured as METRICS_TOKEN. */
  U000004: {
    kind: 'unauthenticated',
    en: 'A valid bearer token is required.',
    tr: 'Geçerli bir taşıyıcı belirteç gereklidir.',
    sv: 'En giltig bärartoken krävs.',
    de: 'Ein gültiges Bearer-Token ist erforderlich.',
  },
  /** The actor's role may not do this. */
  F000001: {
    kind: 'forbidden',
    en: 'You do not have permission to perform this action.',
    tr: 'Bu işlemi yapma yetkiniz yok.',
    sv: 'Du har inte behörighet att utföra den här åtgärden.',
    de: 'Sie sind nicht berechtigt, diese Aktion auszuführen.',
  },
  /** Unsafe cookie-authenticated request without a matching `x-csrftoken`. */
  F000002: {
    kind: 'forbidden',
    en: 'CSRF check failed: send the csrftoken cookie value in the x-csrftoken header.',
    tr: 'CSRF doğrulaması başarısız: csrftoken çerez değerini x-csrftoken başlığında gönderin.',
    sv: 'CSRF-kontrollen misslyckades: skicka värdet av kakan csrftoken i huvudet x-csrftoken.',
    de: 'CSRF-Prüfung fehlgeschlagen: Senden Sie den Wert des Cookies csrftoken im Header x-csrftoken.',
  },
  /** Too many attempts (login throttle). */
  R000001: {
    kind: 'rate_limited',
    en: 'Too many attempts. Try again in {seconds} seconds.',
    tr: 'Çok fazla deneme. {seconds} saniye sonra tekrar deneyin.',
    sv: 'För många försök. Försök igen om {seconds} sekunder.',
    de: 'Zu viele Versuche. Versuchen Sie es in {seconds} Sekunden erneut.',
  },
  /** Unexpected failure; details are in the server log under the request id. */
  I000001: {
    kind: 'internal',
    en: 'An internal error occurred. Reference: {requestId}',
    tr: 'Dahili bir hata oluştu. Referans: {requestId}',
    sv: 'Ett internt fel inträffade. Referens: {requestId}',
    de: 'Ein interner Fehler ist aufgetreten. Referenz: {requestId}',
  },
  /** The database or another dependency is not reachable. */
  I000002: {
    kind: 'unavailable',
    en: 'The service is temporarily unavailable.',
    tr: 'Hizmet geçici olarak kullanılamıyor.',
    sv: 'Tjänsten är tillfälligt otillgänglig.',
    de: 'Der Dienst ist vorübergehend nicht verfügbar.',
  },
});

/** Messages for single field failures of request validation. */
export const FieldMessages = defineMessages('field', {
  required: { en: 'This field is required.', tr: 'Bu alan zorunludur.', sv: 'Fältet är obligatoriskt.', de: 'Dieses Feld ist erforderlich.' },
  invalid_type: {
    en: 'Expected {expected}.',
    tr: '{expected} bekleniyordu.',
    sv: 'Förväntade {expected}.',
    de: '{expected} erwartet.',
  },
  too_small: {
    en: 'Must be at least {minimum}.',
    tr: 'En az {minimum} olmalıdır.',
    sv: 'Måste vara minst {minimum}.',
    de: 'Muss mindestens {minimum} sein.',
  },
  too_big: {
    en: 'Must be at most {maximum}.',
    tr: 'En fazla {maximum} olmalıdır.',
    sv: 'Får vara högst {maximum}.',
    de: 'Darf höchstens {maximum} sein.',
  },
  invalid_format: { en: 'Invalid format.', tr: 'Geçersiz biçim.', sv: 'Ogiltigt format.', de: 'Ungültiges Format.' },
  invalid_value: {
    en: 'Invalid value.',
    tr: 'Geçersiz değer.',
    sv: 'Ogiltigt värde.',
    de: 'Ungültiger Wert.',
  },
  too_small_length: {
    en: 'Must be at least {minimum} characters long.',
    tr: 'En az {minimum} karakter olmalıdır.',
    sv: 'Måste vara minst {minimum} tecken långt.',
    de: 'Muss mindestens {minimum} Zeichen lang sein.',
  },
  too_big_length: {
    en: 'Must be at most {maximum} characters long.',
    tr: 'En fazla {maximum} karakter olmalıdır.',
    sv: 'Får vara högst {maximum} tecken långt.',
    de: 'Darf höchstens {maximum} Zeichen lang sein.',
  },
  too_small_items: {
    en: 'Must have at least {minimum} items.',
    tr: 'En az {minimum} öğe içermelidir.',
    sv: 'Måste ha minst {minimum} poster.',
    de: 'Muss mindestens {minimum} Einträge haben.',
  },
  too_big_items: {
    en: 'Must have at most {maximum} items.',
    tr: 'En fazla {maximum} öğe içermelidir.',
    sv: 'Får ha högst {maximum} poster.',
    de: 'Darf höchstens {maximum} Einträge haben.',
  },
  greater_than: {
    en: 'Must be greater than {minimum}.',
    tr: '{minimum} değerinden büyük olmalıdır.',
    sv: 'Måste vara större än {minimum}.',
    de: 'Muss größer als {minimum} sein.',
  },
  less_than: {
    en: 'Must be less than {maximum}.',
    tr: '{maximum} değerinden küçük olmalıdır.',
    sv: 'Måste vara mindre än {maximum}.',
    de: 'Muss kleiner als {maximum} sein.',
  },
  whole_number: {
    en: 'Must be a whole number.',
    tr: 'Tam sayı olmalıdır.',
    sv: 'Måste vara ett heltal.',
    de: 'Muss eine ganze Zahl sein.',
  },
  number: { en: 'Must be a number.', tr: 'Sayı olmalıdır.', sv: 'Måste vara ett tal.', de: 'Muss eine Zahl sein.' },
  date: {
    en: 'Must be a date (ISO 8601, e.g. 2026-06-01T10:00:00Z).',
    tr: 'Bir tarih olmalıdır (ISO 8601, ör. 2026-06-01T10:00:00Z).',
    sv: 'Måste vara ett datum (ISO 8601, t.ex. 2026-06-01T10:00:00Z).',
    de: 'Muss ein Datum sein (ISO 8601, z. B. 2026-06-01T10:00:00Z).',
  },
  nul_character: {
    en: 'Must not contain a NUL character.',
    tr: 'NUL karakteri içeremez.',
    sv: 'Får inte innehålla ett NUL-tecken.',
    de: 'Darf kein NUL-Zeichen enthalten.',
  },
  invalid_unicode: {
    en: 'Must be valid Unicode text.',
    tr: 'Geçerli Unicode metin olmalıdır.',
    sv: 'Måste vara giltig Unicode-text.',
    de: 'Muss gültiger Unicode-Text sein.',
  },
  int_out_of_range: {
    en: 'Must be a whole number between -{maximum} and {maximum}.',
    tr: '-{maximum} ile {maximum} arasında bir tam sayı olmalıdır.',
    sv: 'Måste vara ett heltal mellan -{maximum} och {maximum}.',
    de: 'Muss eine ganze Zahl zwischen -{maximum} und {maximum} sein.',
  },
  date_out_of_range: {
    en: 'Must be a date between the years 1 and 9999.',
    tr: '1 ile 9999 yılları arasında bir tarih olmalıdır.',
    sv: 'Måste vara ett datum mellan år 1 och 9999.',
    de: 'Muss ein Datum zwischen den Jahren 1 und 9999 sein.',
  },
  too_long: {
    en: 'Must be at most {maximum} characters long.',
    tr: 'En fazla {maximum} karakter olmalıdır.',
    sv: 'Får vara högst {maximum} tecken långt.',
    de: 'Darf höchstens {maximum} Zeichen lang sein.',
  },
  out_of_range: {
    en: 'A number or date is out of range.',
    tr: 'Bir sayı veya tarih aralık dışında.',
    sv: 'Ett tal eller datum ligger utanför giltigt intervall.',
    de: 'Eine Zahl oder ein Datum liegt außerhalb des gültigen Bereichs.',
  },
  value_too_long: {
    en: 'A value is too long.',
    tr: 'Bir değer çok uzun.',
    sv: 'Ett värde är för långt.',
    de: 'Ein Wert ist zu lang.',
  },
  unrecognized_keys: { en: 'Unknown field.', tr: 'Bilinmeyen alan.', sv: 'Okänt fält.', de: 'Unbekanntes Feld.' },
  custom: { en: 'Invalid value.', tr: 'Geçersiz değer.', sv: 'Ogiltigt värde.', de: 'Ungültiger Wert.' },
});
