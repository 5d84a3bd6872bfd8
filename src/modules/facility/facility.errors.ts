import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of the facility: seed 003 §12 codes of the withhold operation
 * (UpdateTradeInItemStatusWithheldAPI) and of the customer-status operations
 * (UpdateCustomerStatusApi, GetCustomerStatusApi) with the seed's texts, and the module's own
 * range B400xxx/N400xxx.
 */
export const FacilityErrors = defineErrors(
  {
    /** Withhold: no such device in the caller's tenant. */
    B200001: {
      kind: 'precondition',
      en: 'Trade-In Item Not found (or attached to another vendor).',
      tr: 'Takas ürünü bulunamadı (veya başka bir satıcıya bağlı).',
      sv: 'Inbytesartikeln hittades inte (eller tillhör en annan leverantör).',
      de: 'Inzahlungnahme-Artikel nicht gefunden (oder einem anderen Anbieter zugeordnet).',
    },
    /** Withhold: the device has already left the store (shipped or later). */
    B200002: {
      kind: 'conflict',
      en: 'Trade-In Item already processed and can not be withheld.',
      tr: 'Takas ürünü zaten işlendi ve bekletilemez.',
      sv: 'Inbytesartikeln är redan behandlad och kan inte hållas kvar.',
      de: 'Inzahlungnahme-Artikel wurde bereits bearbeitet und kann nicht zurückgehalten werden.',
    },
    /** Withhold: the device belongs to a temporary trade-in (not a registered flow). */
    B200004: {
      kind: 'conflict',
      en: 'Trade In Device with has wrong flow type',
      tr: 'Takas cihazının akış türü yanlış',
      sv: 'Inbytesenheten har fel flödestyp',
      de: 'Das Inzahlungnahme-Gerät hat den falschen Ablauftyp',
    },
    /** Withhold: the device is closed (cancelled or expired). */
    B200005: {
      kind: 'conflict',
      en: 'Trade in Device has a wrong step or status',
      tr: 'Takas cihazı yanlış adımda veya durumda',
      sv: 'Inbytesenheten har fel steg eller status',
      de: 'Das Inzahlungnahme-Gerät hat den falschen Schritt oder Status',
    },
    /** Withhold: already withheld (or release of a device that is not withheld). */
    B200006: {
      kind: 'conflict',
      en: 'Trade In Device with has wrong status',
      tr: 'Takas cihazının durumu yanlış',
      sv: 'Inbytesenheten har fel status',
      de: 'Das Inzahlungnahme-Gerät hat den falschen Status',
    },
    /** PUT customer-status without a device id. */
    B280001: {
      kind: 'validation',
      en: 'Trade-In Device Id is required',
      tr: 'Takas cihazı kimliği gereklidir',
      sv: 'Inbytesenhetens id krävs',
      de: 'Die Inzahlungnahme-Geräte-ID ist erforderlich',
    },
    /** PUT customer-status: no such device in the tenant. */
    N280002: {
      kind: 'not_found',
      en: "Trade-In Device with id: '{id}' was not found in DB.",
      tr: "'{id}' kimlikli takas cihazı veritabanında bulunamadı.",
      sv: "Inbytesenhet med id '{id}' hittades inte i databasen.",
      de: "Inzahlungnahme-Gerät mit der ID '{id}' wurde in der Datenbank nicht gefunden.",
    },
    /** PUT customer-status without a new status. */
    B280003: {
      kind: 'validation',
      en: 'New customer status is not defined.',
      tr: 'Yeni müşteri durumu tanımlanmadı.',
      sv: 'Ny kundstatus är inte angiven.',
      de: 'Neuer Kundenstatus ist nicht angegeben.',
    },
    /** PUT customer-status with a status that is not Approved/Rejected, or when the device awaits no decision. */
    B280004: {
      kind: 'validation',
      en: "New customer status '{status}' is invalid.",
      tr: "Yeni müşteri durumu '{status}' geçersiz.",
      sv: "Ny kundstatus '{status}' är ogiltig.",
      de: "Neuer Kundenstatus '{status}' ist ungültig.",
    },
    /** PUT customer-status: the customer has already decided. */
    B280005: {
      kind: 'conflict',
      en: "Customer status is already set to '{status}'.",
      tr: "Müşteri durumu zaten '{status}' olarak ayarlandı.",
      sv: "Kundstatus är redan satt till '{status}'.",
      de: "Der Kundenstatus ist bereits auf '{status}' gesetzt.",
    },
    /** GET customer-status: no such device in the tenant. */
    N290001: {
      kind: 'not_found',
      en: "Trade-In Device with id: '{id}' was not found.",
      tr: "'{id}' kimlikli takas cihazı bulunamadı.",
      sv: "Inbytesenhet med id '{id}' hittades inte.",
      de: "Inzahlungnahme-Gerät mit der ID '{id}' wurde nicht gefunden.",
    },
    /** GET customer-status without a device id. */
    B290002: {
      kind: 'validation',
      en: 'Trade-In Device Id required.',
      tr: 'Takas cihazı kimliği gerekli.',
      sv: 'Inbytesenhetens id krävs.',
      de: 'Inzahlungnahme-Geräte-ID erforderlich.',
    },
    /** No device with this id in the tenant. */
    N400001: {
      kind: 'not_found',
      en: 'Device {id} not found.',
      tr: '{id} cihazı bulunamadı.',
      sv: 'Enhet {id} hittades inte.',
      de: 'Gerät {id} nicht gefunden.',
    },
    /** The device's status does not allow this step now (e.g. inspecting a device that was not received). */
    B400002: {
      kind: 'conflict',
      en: 'Device {id} is {status}; this step needs {needed}.',
      tr: '{id} cihazı {status} durumunda; bu adım için {needed} gerekir.',
      sv: 'Enhet {id} har status {status}; detta steg kräver {needed}.',
      de: 'Gerät {id} ist {status}; dieser Schritt erfordert {needed}.',
    },
    /** A package code was scanned but no logistics module is wired. */
    B400003: {
      kind: 'precondition',
      en: 'Package lookup is not available; scan the devices instead.',
      tr: 'Paket sorgulama kullanılamıyor; bunun yerine cihazları tarayın.',
      sv: 'Paketuppslagning är inte tillgänglig; skanna enheterna i stället.',
      de: 'Paketsuche ist nicht verfügbar; scannen Sie stattdessen die Geräte.',
    },
    /** An answer is worse than the customer's but has no photo of the defect. */
    B400004: {
      kind: 'validation',
      en: 'A photo is required for "{question}" (found worse than the customer said).',
      tr: '"{question}" için fotoğraf gerekli (müşterinin belirttiğinden kötü bulundu).',
      sv: 'Ett foto krävs för "{question}" (sämre än kunden angav).',
      de: 'Für „{question}“ ist ein Foto erforderlich (schlechter als vom Kunden angegeben).',
    },
    /** Required photo angles of the item group are missing while the valuation goes down. */
    B400005: {
      kind: 'validation',
      en: 'Photos of these sides are required: {angles}.',
      tr: 'Şu taraflardan fotoğraf gerekli: {angles}.',
      sv: 'Foton av dessa sidor krävs: {angles}.',
      de: 'Fotos dieser Seiten sind erforderlich: {angles}.',
    },
    /** A photo id given with the inspection is not an uploaded photo of this tenant. */
    B400006: {
      kind: 'validation',
      en: 'Unknown photo {id}.',
      tr: 'Bilinmeyen fotoğraf {id}.',
      sv: 'Okänt foto {id}.',
      de: 'Unbekanntes Foto {id}.',
    },
    /** A final valuation needs an inspection of the device first (unless overridden). */
    B400007: {
      kind: 'precondition',
      en: 'Device {id} has not been inspected.',
      tr: '{id} cihazı incelenmedi.',
      sv: 'Enhet {id} har inte inspekterats.',
      de: 'Gerät {id} wurde nicht geprüft.',
    },
    /** A free price (override) by a role the tenant does not grant. */
    F400008: {
      kind: 'forbidden',
      en: 'Your role may not override a computed valuation.',
      tr: 'Rolünüz hesaplanan bir değerlemeyi geçersiz kılamaz.',
      sv: 'Din roll får inte åsidosätta en beräknad värdering.',
      de: 'Ihre Rolle darf eine berechnete Bewertung nicht überschreiben.',
    },
    /** An override without a reason. */
    B400009: {
      kind: 'validation',
      en: 'An override needs a reason.',
      tr: 'Geçersiz kılma için bir gerekçe gerekir.',
      sv: 'En åsidosättning kräver en anledning.',
      de: 'Eine Überschreibung braucht eine Begründung.',
    },
    /** The status-page link is invalid, expired or for another device. */
    N400010: {
      kind: 'not_found',
      en: 'This link is invalid or has expired.',
      tr: 'Bu bağlantı geçersiz veya süresi dolmuş.',
      sv: 'Länken är ogiltig eller har gått ut.',
      de: 'Dieser Link ist ungültig oder abgelaufen.',
    },
    /** The customer's decision came when no valuation awaits one. */
    B400011: {
      kind: 'conflict',
      en: 'There is no valuation awaiting your decision.',
      tr: 'Kararınızı bekleyen bir değerleme yok.',
      sv: 'Det finns ingen värdering som väntar på ditt beslut.',
      de: 'Es gibt keine Bewertung, die auf Ihre Entscheidung wartet.',
    },
    /** A payout for a device that is not accepted (or on fraud hold). */
    B400012: {
      kind: 'conflict',
      en: 'Device {id} cannot be paid out while it is {status}.',
      tr: '{id} cihazı {status} durumundayken ödeme yapılamaz.',
      sv: 'Enhet {id} kan inte betalas ut när den har status {status}.',
      de: 'Gerät {id} kann im Status {status} nicht ausgezahlt werden.',
    },
    /** Store credit or gift card without a customer reference; bank transfer without an account. */
    B400013: {
      kind: 'validation',
      en: 'The payout needs {field}.',
      tr: 'Ödeme için {field} gerekli.',
      sv: 'Utbetalningen kräver {field}.',
      de: 'Die Auszahlung benötigt {field}.',
    },
    /** Gift-card code unknown in the tenant. */
    N400014: {
      kind: 'not_found',
      en: 'Gift card not found.',
      tr: 'Hediye kartı bulunamadı.',
      sv: 'Presentkortet hittades inte.',
      de: 'Geschenkkarte nicht gefunden.',
    },
    /** A redemption larger than the gift card's balance. */
    B400015: {
      kind: 'conflict',
      en: 'The gift card balance is {balance}.',
      tr: 'Hediye kartı bakiyesi {balance}.',
      sv: 'Presentkortets saldo är {balance}.',
      de: 'Das Guthaben der Geschenkkarte beträgt {balance}.',
    },
    /** An erasure record asks for a method other than NIST SP 800-88 Clear or Purge. */
    B400016: {
      kind: 'validation',
      en: 'Erasure method must be Clear or Purge (NIST SP 800-88).',
      tr: 'Silme yöntemi Clear veya Purge olmalıdır (NIST SP 800-88).',
      sv: 'Raderingsmetoden måste vara Clear eller Purge (NIST SP 800-88).',
      de: 'Die Löschmethode muss Clear oder Purge sein (NIST SP 800-88).',
    },
    /** No erasure certificate for the device (erasure not recorded or not verified). */
    N400017: {
      kind: 'not_found',
      en: 'No erasure certificate for device {id}.',
      tr: '{id} cihazı için silme sertifikası yok.',
      sv: 'Inget raderingscertifikat för enhet {id}.',
      de: 'Kein Löschzertifikat für Gerät {id}.',
    },
    /** An order device's decision belongs to the order (commerce's e-mail links keep the order's amounts right). */
    B400018: {
      kind: 'conflict',
      en: 'Device {id} belongs to an order: the customer decides through the links in the order e-mail.',
      tr: '{id} cihazı bir siparişe ait: müşteri, sipariş e-postasındaki bağlantılarla karar verir.',
      sv: 'Enhet {id} hör till en order: kunden beslutar via länkarna i orderns e-post.',
      de: 'Gerät {id} gehört zu einer Bestellung: Die Kundin oder der Kunde entscheidet über die Links in der Bestell-E-Mail.',
    },
  },
  'facility',
);
