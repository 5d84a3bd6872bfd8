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
  unrecognized_keys: { en: 'Unknown field.', tr: 'Bilinmeyen alan.', sv: 'Okänt fält.', de: 'Unbekanntes Feld.' },
  custom: { en: 'Invalid value.', tr: 'Geçersiz değer.', sv: 'Ogiltigt värde.', de: 'Ungültiger Wert.' },
});
