import { defineErrors } from '../../platform/errors/index.js';

/** Errors of tenants, users, locations, API keys and sessions. */
export const OrgErrors = defineErrors({
  /** Tenant slug is malformed or collides with a route. */
  B010001: {
    kind: 'validation',
    en: "The tenant slug '{slug}' is not allowed: {reason}.",
    tr: "'{slug}' kiracı kısa adına izin verilmiyor: {reason}.",
    sv: "Klientnamnet '{slug}' är inte tillåtet: {reason}.",
    de: "Der Mandantenkürzel '{slug}' ist nicht erlaubt: {reason}.",
  },
  /** Tenant slug already taken. */
  B010002: {
    kind: 'conflict',
    en: "A tenant with slug '{slug}' already exists.",
    tr: "'{slug}' kısa adlı bir kiracı zaten var.",
    sv: "En klient med namnet '{slug}' finns redan.",
    de: "Ein Mandant mit dem Kürzel '{slug}' existiert bereits.",
  },
  /** Email already registered in this tenant. */
  B010003: {
    kind: 'conflict',
    en: 'A user with this email already exists.',
    tr: 'Bu e-posta ile kayıtlı bir kullanıcı zaten var.',
    sv: 'Det finns redan en användare med den här e-postadressen.',
    de: 'Ein Benutzer mit dieser E-Mail existiert bereits.',
  },
  /** Tenant settings failed their schema. */
  B010004: {
    kind: 'validation',
    en: 'Invalid tenant settings: {problems}',
    tr: 'Geçersiz kiracı ayarları: {problems}',
    sv: 'Ogiltiga klientinställningar: {problems}',
    de: 'Ungültige Mandanteneinstellungen: {problems}',
  },
  /** Password policy: shorter than the minimum (8 for customers, 12 for staff). */
  B010005: {
    kind: 'validation',
    en: 'The password must be at least {min} characters long.',
    tr: 'Şifre en az {min} karakter olmalıdır.',
    sv: 'Lösenordet måste vara minst {min} tecken långt.',
    de: 'Das Passwort muss mindestens {min} Zeichen lang sein.',
  },
  /** Password policy: the password is on the shipped list of common and breached passwords. */
  B010006: {
    kind: 'validation',
    en: 'This password is too common and easy to guess. Choose another one, for example a few unrelated words.',
    tr: 'Bu şifre çok yaygın ve kolay tahmin edilir. Başka bir şifre seçin, örneğin birbiriyle ilgisiz birkaç kelime.',
    sv: 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, till exempel några orelaterade ord.',
    de: 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Wählen Sie ein anderes, zum Beispiel einige unzusammenhängende Wörter.',
  },
  /** Password policy: the password is the account's e-mail address or its part before the @. */
  B010007: {
    kind: 'validation',
    en: 'The password must not be your e-mail address.',
    tr: 'Şifre e-posta adresiniz olamaz.',
    sv: 'Lösenordet får inte vara din e-postadress.',
    de: 'Das Passwort darf nicht Ihre E-Mail-Adresse sein.',
  },
  /** Password policy: the password consists of whitespace only. */
  B010008: {
    kind: 'validation',
    en: 'The password must not consist of spaces only.',
    tr: 'Şifre yalnızca boşluklardan oluşamaz.',
    sv: 'Lösenordet får inte bestå av enbart blanksteg.',
    de: 'Das Passwort darf nicht nur aus Leerzeichen bestehen.',
  },
  /** Password policy: longer than the maximum. */
  B010009: {
    kind: 'validation',
    en: 'The password must be at most {max} characters long.',
    tr: 'Şifre en fazla {max} karakter olmalıdır.',
    sv: 'Lösenordet får vara högst {max} tecken långt.',
    de: 'Das Passwort darf höchstens {max} Zeichen lang sein.',
  },
  /** Password change: the current password given is wrong. */
  U010001: {
    kind: 'unauthenticated',
    en: 'The current password is not correct.',
    tr: 'Mevcut şifre doğru değil.',
    sv: 'Det nuvarande lösenordet är fel.',
    de: 'Das aktuelle Passwort ist nicht korrekt.',
  },
  /** The user referenced does not exist in the tenant. */
  N010001: {
    kind: 'not_found',
    en: "User '{id}' not found.",
    tr: "'{id}' kullanıcısı bulunamadı.",
    sv: "Användaren '{id}' hittades inte.",
    de: "Benutzer '{id}' nicht gefunden.",
  },
  /** The location referenced does not exist in the tenant. */
  N010002: {
    kind: 'not_found',
    en: "Location '{id}' not found.",
    tr: "'{id}' konumu bulunamadı.",
    sv: "Platsen '{id}' hittades inte.",
    de: "Standort '{id}' nicht gefunden.",
  },
  /** An API key would be bound to a customer account: keys act for staff (a store agent, an admin) only. */
  B010020: {
    kind: 'validation',
    en: "User '{id}' is a customer; an API key can be bound only to a staff user (agent, technician or admin).",
    tr: "'{id}' kullanıcısı bir müşteridir; API anahtarı yalnızca personel kullanıcısına (temsilci, teknisyen veya yönetici) bağlanabilir.",
    sv: "Användaren '{id}' är en kund; en API-nyckel kan bara knytas till personal (säljare, tekniker eller administratör).",
    de: "Benutzer '{id}' ist ein Kunde; ein API-Schlüssel kann nur an Mitarbeitende (Verkäufer, Techniker oder Admin) gebunden werden.",
  },
  /** An admin-scope key must belong to an admin. */
  B010021: {
    kind: 'validation',
    en: "User '{id}' is not an admin; a key with scope 'admin' must be bound to an admin user.",
    tr: "'{id}' kullanıcısı yönetici değil; 'admin' kapsamlı bir anahtar bir yöneticiye bağlanmalıdır.",
    sv: "Användaren '{id}' är inte administratör; en nyckel med omfånget 'admin' måste knytas till en administratör.",
    de: "Benutzer '{id}' ist kein Admin; ein Schlüssel mit dem Geltungsbereich 'admin' muss an einen Admin gebunden sein.",
  },
  /** The key's scope does not cover this API (retail key on the admin API, admin key on the retail API). */
  F010002: {
    kind: 'forbidden',
    en: "This API key has scope '{scope}' and cannot be used for the {api} API; create a key with scope '{needed}' (tradein apikey create --tenant <slug> --scope {needed}).",
    tr: "Bu API anahtarının kapsamı '{scope}' olduğundan {api} API'si için kullanılamaz; '{needed}' kapsamlı bir anahtar oluşturun (tradein apikey create --tenant <slug> --scope {needed}).",
    sv: "Den här API-nyckeln har omfånget '{scope}' och kan inte användas för {api}-API:t; skapa en nyckel med omfånget '{needed}' (tradein apikey create --tenant <slug> --scope {needed}).",
    de: "Dieser API-Schlüssel hat den Geltungsbereich '{scope}' und kann nicht für die {api}-API verwendet werden; erstellen Sie einen Schlüssel mit '{needed}' (tradein apikey create --tenant <slug> --scope {needed}).",
  },
  /** A publishable key needs the shop origins that may use it. */
  B010022: {
    kind: 'validation',
    en: 'A publishable key needs at least one allowed origin (--origin https://shop.example).',
    tr: 'Yayınlanabilir bir anahtar en az bir izinli köken gerektirir (--origin https://shop.example).',
    sv: 'En publicerbar nyckel behöver minst ett tillåtet ursprung (--origin https://shop.example).',
    de: 'Ein öffentlicher Schlüssel braucht mindestens einen erlaubten Ursprung (--origin https://shop.example).',
  },
  /** An allowed origin must be `https://host[:port]` (http only for localhost), with no path. */
  B010023: {
    kind: 'validation',
    en: "'{origin}' is not an origin: use https://host[:port] without a path (http only for localhost).",
    tr: "'{origin}' bir köken değil: yol olmadan https://host[:port] kullanın (http yalnızca localhost için).",
    sv: "'{origin}' är inget ursprung: använd https://host[:port] utan sökväg (http bara för localhost).",
    de: "'{origin}' ist kein Ursprung: verwenden Sie https://host[:port] ohne Pfad (http nur für localhost).",
  },
  /** A publishable key used for something other than models, grading form and price quote, or from an origin it does not list. */
  F010003: {
    kind: 'forbidden',
    en: 'This publishable key allows only model search, grading forms and price quotes, from its own origins.',
    tr: 'Bu yayınlanabilir anahtar yalnızca kendi kökenlerinden model arama, değerlendirme formu ve fiyat teklifine izin verir.',
    sv: 'Den här publicerbara nyckeln tillåter bara modellsökning, bedömningsformulär och prisofferter, från sina egna ursprung.',
    de: 'Dieser öffentliche Schlüssel erlaubt nur Modellsuche, Bewertungsformulare und Preisangebote, von seinen eigenen Ursprüngen.',
  },
  /** The account is deactivated. */
  F010001: {
    kind: 'forbidden',
    en: 'This account is deactivated.',
    tr: 'Bu hesap devre dışı bırakıldı.',
    sv: 'Kontot är inaktiverat.',
    de: 'Dieses Konto ist deaktiviert.',
  },
});
