import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of trade-in registration and lifecycle. Codes and English texts are seed 003 §12's
 * (RegisterTradeInRequest, CancelTradeInRequest, ConfirmTempTradeInRequest, GenerateTradeInPublicUrl,
 * GenerateTempTradeInPublicUrl); B09008x/B09009x/N09009x/I090001 are ours, in the same pattern.
 * Data-field codes (B090014, B090016–B090019, B090025–B090031, B090043, B090047, B090049) belong
 * to the datafields module, which throws them from `validateForTradeIn`.
 */
export const TradeinsErrors = defineErrors({
  /** Cancel or update of a trade-in (or device) that is no longer Registered. */
  B090001: {
    kind: 'conflict',
    en: 'Trade-in should be in Registered status.',
    tr: 'Takas Kayıtlı durumunda olmalıdır.',
    sv: 'Inbytet måste ha status Registrerad.',
    de: 'Die Inzahlungnahme muss den Status Registriert haben.',
  },
  /** No trade-in with this id in the tenant. */
  N090001: {
    kind: 'not_found',
    en: 'Trade-In does not exist.',
    tr: 'Takas mevcut değil.',
    sv: 'Inbytet finns inte.',
    de: 'Die Inzahlungnahme existiert nicht.',
  },
  /** A device's PriceQuoteId names no quote of the tenant. */
  N090003: {
    kind: 'not_found',
    en: "Price quote with '{id}' id not found.",
    tr: "'{id}' kimlikli fiyat teklifi bulunamadı.",
    sv: "Prisofferten med id '{id}' hittades inte.",
    de: "Preisangebot mit der ID '{id}' nicht gefunden.",
  },
  /** The identifier is in a trade-in that is not finished (Temporary, Registered, Shipped). */
  B090004: {
    kind: 'conflict',
    en: "Unfinished Trade-in item with '{identifier}' identifier already exist.",
    tr: "'{identifier}' tanımlayıcılı tamamlanmamış bir takas ürünü zaten var.",
    sv: "En oavslutad inbytesenhet med identifieraren '{identifier}' finns redan.",
    de: "Ein nicht abgeschlossenes Inzahlungnahme-Gerät mit der Kennung '{identifier}' existiert bereits.",
  },
  /** The identifier belongs to a device that is in stock (received, valuated, not returned). */
  B090005: {
    kind: 'conflict',
    en: "Item with '{identifier}' identifier already in stock.",
    tr: "'{identifier}' tanımlayıcılı ürün zaten stokta.",
    sv: "Enheten med identifieraren '{identifier}' finns redan i lager.",
    de: "Das Gerät mit der Kennung '{identifier}' ist bereits im Bestand.",
  },
  /** TradeInDevices missing or empty. */
  B090006: {
    kind: 'validation',
    en: "TradeInDevices can't be empty.",
    tr: 'TradeInDevices boş olamaz.',
    sv: 'TradeInDevices får inte vara tom.',
    de: 'TradeInDevices darf nicht leer sein.',
  },
  /** AgentId names no user of the tenant. */
  B090007: {
    kind: 'validation',
    en: "User with '{id}' id does not exist.",
    tr: "'{id}' kimlikli kullanıcı mevcut değil.",
    sv: "Användaren med id '{id}' finns inte.",
    de: "Benutzer mit der ID '{id}' existiert nicht.",
  },
  /** A device without PriceQuoteId. */
  N090007: {
    kind: 'not_found',
    en: 'Price quote id required.',
    tr: 'Fiyat teklifi kimliği gerekli.',
    sv: 'Prisofferts-id krävs.',
    de: 'Preisangebots-ID erforderlich.',
  },
  /** LocationId names no location of the tenant. */
  B090008: {
    kind: 'validation',
    en: "Location with '{id}' id does not exist.",
    tr: "'{id}' kimlikli konum mevcut değil.",
    sv: "Platsen med id '{id}' finns inte.",
    de: "Standort mit der ID '{id}' existiert nicht.",
  },
  /** No due-diligence report for the identifier and the quote's model. */
  B090009: {
    kind: 'precondition',
    en: "Perform due diligence check for '{identifier}' device.",
    tr: "'{identifier}' cihazı için durum tespiti kontrolü yapın.",
    sv: "Utför en due diligence-kontroll för enheten '{identifier}'.",
    de: "Führen Sie eine Due-Diligence-Prüfung für das Gerät '{identifier}' durch.",
  },
  /** The fraud check failed (blocklisted, lost, stolen). */
  B090010: {
    kind: 'precondition',
    en: "Due diligence status Failed is not allowed for '{identifier}' device.",
    tr: "'{identifier}' cihazı için Başarısız durum tespiti sonucuna izin verilmez.",
    sv: "Due diligence-status Misslyckad är inte tillåten för enheten '{identifier}'.",
    de: "Due-Diligence-Status Fehlgeschlagen ist für das Gerät '{identifier}' nicht zulässig.",
  },
  /** Find My reports the device lost. */
  B090011: {
    kind: 'precondition',
    en: "FMIP status Lost is not allowed for '{identifier}' device.",
    tr: "'{identifier}' cihazı için FMIP durumu Kayıp olamaz.",
    sv: "FMIP-status Förlorad är inte tillåten för enheten '{identifier}'.",
    de: "FMIP-Status Verloren ist für das Gerät '{identifier}' nicht zulässig.",
  },
  /** Fraud check Caution and the tenant blocks Caution (`tradeins.blockDiligenceCaution`). */
  B090012: {
    kind: 'precondition',
    en: "Due diligence status Caution is not allowed for '{identifier}' device.",
    tr: "'{identifier}' cihazı için Dikkat durum tespiti sonucuna izin verilmez.",
    sv: "Due diligence-status Varning är inte tillåten för enheten '{identifier}'.",
    de: "Due-Diligence-Status Vorsicht ist für das Gerät '{identifier}' nicht zulässig.",
  },
  /** A device without DeviceIdentifier. */
  N090012: {
    kind: 'not_found',
    en: 'Item identifier required.',
    tr: 'Ürün tanımlayıcısı gerekli.',
    sv: 'Enhetens identifierare krävs.',
    de: 'Gerätekennung erforderlich.',
  },
  /** A check ended in Error and the tenant blocks Error (`tradeins.blockDiligenceError`). */
  B090013: {
    kind: 'precondition',
    en: "Due diligence status Error is not allowed for '{identifier}' device.",
    tr: "'{identifier}' cihazı için Hata durum tespiti sonucuna izin verilmez.",
    sv: "Due diligence-status Fel är inte tillåten för enheten '{identifier}'.",
    de: "Due-Diligence-Status Fehler ist für das Gerät '{identifier}' nicht zulässig.",
  },
  /** No temporary trade-in with this id in the tenant. */
  N090013: {
    kind: 'not_found',
    en: "Temporary trade-in was not found by id '{id}'.",
    tr: "'{id}' kimlikli geçici takas bulunamadı.",
    sv: "Tillfälligt inbyte med id '{id}' hittades inte.",
    de: "Vorläufige Inzahlungnahme mit der ID '{id}' wurde nicht gefunden.",
  },
  /** More devices than the tenant's or the campaign's limit. */
  B090021: {
    kind: 'validation',
    en: 'Max limit of devices in trade-in has been exceeded.',
    tr: 'Takastaki azami cihaz sınırı aşıldı.',
    sv: 'Maxgränsen för antal enheter i inbytet har överskridits.',
    de: 'Die maximale Anzahl von Geräten in der Inzahlungnahme wurde überschritten.',
  },
  /** The same identifier twice in one request. */
  B090023: {
    kind: 'validation',
    en: "Identifier should be unique, but Identifier '{identifier}' was met {count} times in request.",
    tr: "Tanımlayıcı benzersiz olmalıdır, ancak '{identifier}' tanımlayıcısı istekte {count} kez geçti.",
    sv: "Identifieraren måste vara unik, men '{identifier}' förekom {count} gånger i begäran.",
    de: "Die Kennung muss eindeutig sein, aber '{identifier}' kam {count} Mal in der Anfrage vor.",
  },
  /** The quote has expired (the seed has no code of its own for this; see README). */
  B090024: {
    kind: 'precondition',
    en: "Device with '{id}' price quote already registered.",
    tr: "'{id}' fiyat teklifli cihaz zaten kayıtlı.",
    sv: "Enheten med prisofferten '{id}' är redan registrerad.",
    de: "Das Gerät mit dem Preisangebot '{id}' ist bereits registriert.",
  },
  /** The quote was claimed by another trade-in device (also the loser of a race). */
  B090030: {
    kind: 'conflict',
    en: "The PriceQuoteId '{id}' has already been used for another trade-in. Please make a new PriceQuote.",
    tr: "'{id}' PriceQuoteId başka bir takas için zaten kullanıldı. Lütfen yeni bir fiyat teklifi alın.",
    sv: "PriceQuoteId '{id}' har redan använts för ett annat inbyte. Gör en ny prisoffert.",
    de: "Die PriceQuoteId '{id}' wurde bereits für eine andere Inzahlungnahme verwendet. Bitte erstellen Sie ein neues Preisangebot.",
  },
  /** Quotes of one trade-in with different campaigns (or some with, some without). */
  B090032: {
    kind: 'validation',
    en: 'All valuations must have the same Campaign id.',
    tr: 'Tüm değerlemeler aynı kampanya kimliğine sahip olmalıdır.',
    sv: 'Alla värderingar måste ha samma kampanj-id.',
    de: 'Alle Bewertungen müssen dieselbe Kampagnen-ID haben.',
  },
  /** The quotes' campaign has not started at registration time. */
  B090033: {
    kind: 'precondition',
    en: "Campaign with id '{id}' has not started yet.",
    tr: "'{id}' kimlikli kampanya henüz başlamadı.",
    sv: "Kampanjen med id '{id}' har inte börjat än.",
    de: "Die Kampagne mit der ID '{id}' hat noch nicht begonnen.",
  },
  /** The quotes' campaign has ended at registration time. */
  B090034: {
    kind: 'precondition',
    en: "Campaign with id '{id}' has already expired.",
    tr: "'{id}' kimlikli kampanyanın süresi zaten doldu.",
    sv: "Kampanjen med id '{id}' har redan gått ut.",
    de: "Die Kampagne mit der ID '{id}' ist bereits abgelaufen.",
  },
  /** Confirm of a temporary trade-in after its expiry. */
  B090036: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' is expired. Please register it again.",
    tr: "'{id}' kimlikli geçici takasın süresi doldu. Lütfen yeniden kaydedin.",
    sv: "Det tillfälliga inbytet med id '{id}' har gått ut. Registrera det igen.",
    de: "Die vorläufige Inzahlungnahme mit der ID '{id}' ist abgelaufen. Bitte registrieren Sie sie erneut.",
  },
  /** Confirm or cancel of a cancelled temporary trade-in. */
  B090040: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' was cancelled. Please register it again.",
    tr: "'{id}' kimlikli geçici takas iptal edildi. Lütfen yeniden kaydedin.",
    sv: "Det tillfälliga inbytet med id '{id}' har avbrutits. Registrera det igen.",
    de: "Die vorläufige Inzahlungnahme mit der ID '{id}' wurde storniert. Bitte registrieren Sie sie erneut.",
  },
  /** Confirm or cancel of an already confirmed temporary trade-in. */
  B090041: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' was already confirmed.",
    tr: "'{id}' kimlikli geçici takas zaten onaylandı.",
    sv: "Det tillfälliga inbytet med id '{id}' har redan bekräftats.",
    de: "Die vorläufige Inzahlungnahme mit der ID '{id}' wurde bereits bestätigt.",
  },
  /** The summed offer exceeds the tenant's or the campaign's maximum amount per trade-in. */
  B090042: {
    kind: 'validation',
    en: 'Maximum trade-in amount exceeded. Please remove some items from the cart.',
    tr: 'Azami takas tutarı aşıldı. Lütfen sepetten bazı ürünleri çıkarın.',
    sv: 'Maximalt inbytesbelopp har överskridits. Ta bort några artiklar från varukorgen.',
    de: 'Maximaler Inzahlungnahmebetrag überschritten. Bitte entfernen Sie einige Artikel aus dem Warenkorb.',
  },
  /** The identifier was registered before and that trade-in was completed. */
  B090046: {
    kind: 'conflict',
    en: "Device was already registered.",
    tr: 'Cihaz zaten kaydedildi.',
    sv: 'Enheten har redan registrerats.',
    de: 'Das Gerät wurde bereits registriert.',
  },
  /** Update without any field to change. */
  B090048: {
    kind: 'validation',
    en: "Any data for updating hasn't been provided.",
    tr: 'Güncelleme için herhangi bir veri sağlanmadı.',
    sv: 'Inga uppgifter att uppdatera har angetts.',
    de: 'Es wurden keine Daten zum Aktualisieren angegeben.',
  },
  /** TradeInRef with whitespace. */
  B090059: {
    kind: 'validation',
    en: 'Trade In Reference Number should not contain spaces',
    tr: 'Takas referans numarası boşluk içermemelidir',
    sv: 'Inbytets referensnummer får inte innehålla mellanslag',
    de: 'Die Inzahlungnahme-Referenznummer darf keine Leerzeichen enthalten',
  },
  /** TradeInRef longer than 100 characters. */
  B090060: {
    kind: 'validation',
    en: 'Trade In Reference Number must be not more then 100 characters',
    tr: 'Takas referans numarası 100 karakterden uzun olmamalıdır',
    sv: 'Inbytets referensnummer får vara högst 100 tecken',
    de: 'Die Inzahlungnahme-Referenznummer darf höchstens 100 Zeichen lang sein',
  },
  /** TradeInRef already used by a trade-in of the tenant that is not cancelled. */
  B090062: {
    kind: 'conflict',
    en: "Trade In Reference Number already exists",
    tr: 'Takas referans numarası zaten mevcut',
    sv: 'Inbytets referensnummer finns redan',
    de: 'Die Inzahlungnahme-Referenznummer existiert bereits',
  },
  /** TradeInRef shorter than 3 characters. */
  B090063: {
    kind: 'validation',
    en: 'Trade In Reference Number must be at least 3 characters',
    tr: 'Takas referans numarası en az 3 karakter olmalıdır',
    sv: 'Inbytets referensnummer måste vara minst 3 tecken',
    de: 'Die Inzahlungnahme-Referenznummer muss mindestens 3 Zeichen lang sein',
  },
  /** The quote was created before the campaign started or after it ended. */
  B090064: {
    kind: 'precondition',
    en: 'Trade-in can not be registered with specified price quote {quoteId}, because price quote created out of scope of Campaign {campaignId}.',
    tr: 'Takas, belirtilen {quoteId} fiyat teklifiyle kaydedilemez, çünkü fiyat teklifi {campaignId} kampanyasının süresi dışında oluşturuldu.',
    sv: 'Inbytet kan inte registreras med prisofferten {quoteId} eftersom den skapades utanför kampanjen {campaignId}.',
    de: 'Die Inzahlungnahme kann mit dem Preisangebot {quoteId} nicht registriert werden, da es außerhalb der Kampagne {campaignId} erstellt wurde.',
  },
  /** A device entry whose DeviceIdentifier is null (position is 1-based). */
  B090065: {
    kind: 'validation',
    en: 'Device identifier of Trade-in device #{position} should not be null',
    tr: '#{position} numaralı takas cihazının tanımlayıcısı boş olmamalıdır',
    sv: 'Identifieraren för inbytesenhet nr {position} får inte vara tom',
    de: 'Die Gerätekennung des Inzahlungnahme-Geräts Nr. {position} darf nicht leer sein',
  },
  /** The quote was made for another identifier than the one being registered. */
  B090080: {
    kind: 'validation',
    en: "Price quote '{id}' was made for another device than '{identifier}'. Please make a new PriceQuote.",
    tr: "'{id}' fiyat teklifi '{identifier}' dışında bir cihaz için yapıldı. Lütfen yeni bir fiyat teklifi alın.",
    sv: "Prisofferten '{id}' gjordes för en annan enhet än '{identifier}'. Gör en ny prisoffert.",
    de: "Das Preisangebot '{id}' wurde für ein anderes Gerät als '{identifier}' erstellt. Bitte erstellen Sie ein neues Preisangebot.",
  },
  /** Find My is activated but the quote was made without SystemExtra 1 (seed §4 table). */
  B090081: {
    kind: 'precondition',
    en: "Find My is activated on '{identifier}': make a new PriceQuote with SystemExtra 1.",
    tr: "'{identifier}' cihazında Bul özelliği etkin: SystemExtra 1 ile yeni bir fiyat teklifi alın.",
    sv: "Hitta är aktiverat på '{identifier}': gör en ny prisoffert med SystemExtra 1.",
    de: "„Wo ist?“ ist auf '{identifier}' aktiviert: Erstellen Sie ein neues Preisangebot mit SystemExtra 1.",
  },
  /** `settings.tradeins.requireCheckedFmip` is on and no Find-My provider checked the Apple device (its FMIP result is "Not checked"). */
  B090082: {
    kind: 'precondition',
    en: "Find My of '{identifier}' must be checked by a provider, and this programme has none: configure settings.diligence.external with checks [\"fraud\", \"fmip\"] (PATCH /api/{tenant}/admin/settings), or set settings.tradeins.requireCheckedFmip to false to accept the client's declaration (SystemExtras).",
    tr: "'{identifier}' cihazının Bul durumu bir sağlayıcı tarafından kontrol edilmelidir ve bu programda hiç sağlayıcı yok: settings.diligence.external ayarını checks [\"fraud\", \"fmip\"] ile yapılandırın (PATCH /api/{tenant}/admin/settings) veya müşterinin beyanını (SystemExtras) kabul etmek için settings.tradeins.requireCheckedFmip değerini false yapın.",
    sv: "Hitta för '{identifier}' måste kontrolleras av en leverantör, och programmet har ingen: konfigurera settings.diligence.external med checks [\"fraud\", \"fmip\"] (PATCH /api/{tenant}/admin/settings), eller sätt settings.tradeins.requireCheckedFmip till false för att godta kundens uppgift (SystemExtras).",
    de: "„Wo ist?“ von '{identifier}' muss von einem Anbieter geprüft werden, und dieses Programm hat keinen: Konfigurieren Sie settings.diligence.external mit checks [\"fraud\", \"fmip\"] (PATCH /api/{tenant}/admin/settings) oder setzen Sie settings.tradeins.requireCheckedFmip auf false, um die Angabe des Kunden (SystemExtras) zu akzeptieren.",
  },
  /** IsCorporate names another customer type than the quote's TradeInType, and the tenant's VAT mode treats them differently (marginal VAT). */
  B090083: {
    kind: 'precondition',
    en: "Price quote '{id}' was made with TradeInType {tradeInType}, but the trade-in is registered with IsCorporate {isCorporate}, which is taxed differently (VAT). Make a new PriceQuote with TradeInType {expected}.",
    tr: "'{id}' fiyat teklifi TradeInType {tradeInType} ile yapıldı, ancak takas farklı vergilendirilen IsCorporate {isCorporate} ile kaydediliyor (KDV). TradeInType {expected} ile yeni bir fiyat teklifi alın.",
    sv: "Prisofferten '{id}' gjordes med TradeInType {tradeInType}, men inbytet registreras med IsCorporate {isCorporate}, som beskattas annorlunda (moms). Gör en ny prisoffert med TradeInType {expected}.",
    de: "Das Preisangebot '{id}' wurde mit TradeInType {tradeInType} erstellt, die Inzahlungnahme wird aber mit IsCorporate {isCorporate} registriert, was steuerlich anders behandelt wird (MwSt.). Bitte erstellen Sie ein neues Preisangebot mit TradeInType {expected}.",
  },
  /** A location-bound API key acts on a trade-in (or registers one) of another location, and `settings.tradeins.apiKeyLocationScope` is `location`. */
  F090001: {
    kind: 'forbidden',
    en: "This API key is bound to location {keyLocationId}; it cannot act at location {locationId}.",
    tr: "Bu API anahtarı {keyLocationId} konumuna bağlıdır; {locationId} konumunda işlem yapamaz.",
    sv: "Den här API-nyckeln är knuten till plats {keyLocationId}; den kan inte agera på plats {locationId}.",
    de: "Dieser API-Schlüssel ist an den Standort {keyLocationId} gebunden; er kann nicht am Standort {locationId} handeln.",
  },
  /** Signature upload is not a PNG image. */
  B090090: {
    kind: 'validation',
    en: 'The signature must be a PNG image sent as form-data field "file".',
    tr: 'İmza, "file" form-data alanında gönderilen bir PNG görüntüsü olmalıdır.',
    sv: 'Signaturen måste vara en PNG-bild skickad som form-data-fältet "file".',
    de: 'Die Unterschrift muss ein PNG-Bild im Form-Data-Feld "file" sein.',
  },
  /** Signature file larger than allowed. */
  B090091: {
    kind: 'validation',
    en: 'The signature image may be at most {max} bytes.',
    tr: 'İmza görüntüsü en fazla {max} bayt olabilir.',
    sv: 'Signaturbilden får vara högst {max} byte.',
    de: 'Das Unterschriftsbild darf höchstens {max} Bytes groß sein.',
  },
  /** Signature pixel dimensions outside the accepted range. */
  B090092: {
    kind: 'validation',
    en: 'The signature image must be between {minW}×{minH} and {maxW}×{maxH} pixels.',
    tr: 'İmza görüntüsü {minW}×{minH} ile {maxW}×{maxH} piksel arasında olmalıdır.',
    sv: 'Signaturbilden måste vara mellan {minW}×{minH} och {maxW}×{maxH} pixlar.',
    de: 'Das Unterschriftsbild muss zwischen {minW}×{minH} und {maxW}×{maxH} Pixel groß sein.',
  },
  /** A lifecycle call on a device whose status does not allow it. */
  B090093: {
    kind: 'conflict',
    en: "Trade-in device '{id}' is in status {status} and cannot become {target}.",
    tr: "'{id}' takas cihazı {status} durumunda ve {target} durumuna geçemez.",
    sv: "Inbytesenheten '{id}' har status {status} och kan inte bli {target}.",
    de: "Das Inzahlungnahme-Gerät '{id}' hat den Status {status} und kann nicht {target} werden.",
  },
  /** No trade-in device with this id in the tenant. */
  N090090: {
    kind: 'not_found',
    en: "Trade-in device '{id}' not found.",
    tr: "'{id}' takas cihazı bulunamadı.",
    sv: "Inbytesenheten '{id}' hittades inte.",
    de: "Inzahlungnahme-Gerät '{id}' nicht gefunden.",
  },
  /** A download or public link whose token is invalid or expired. */
  N090091: {
    kind: 'not_found',
    en: 'This link is invalid or has expired.',
    tr: 'Bu bağlantı geçersiz veya süresi dolmuş.',
    sv: 'Länken är ogiltig eller har gått ut.',
    de: 'Dieser Link ist ungültig oder abgelaufen.',
  },
  /** A module registration depends on is not wired (deployment error). */
  I090001: {
    kind: 'unavailable',
    en: 'Trade-in registration is not available: {port} is not connected.',
    tr: 'Takas kaydı kullanılamıyor: {port} bağlı değil.',
    sv: 'Inbytesregistrering är inte tillgänglig: {port} är inte ansluten.',
    de: 'Die Registrierung ist nicht verfügbar: {port} ist nicht verbunden.',
  },
  /** Public link requested for a trade-in that does not exist. */
  N210001: {
    kind: 'not_found',
    en: "Trade-in with id '{id}' was not found",
    tr: "'{id}' kimlikli takas bulunamadı",
    sv: "Inbytet med id '{id}' hittades inte",
    de: "Inzahlungnahme mit der ID '{id}' wurde nicht gefunden",
  },
  /** Public link requested for a cancelled trade-in. */
  B210002: {
    kind: 'conflict',
    en: "Trade-in '{id}' was canceled",
    tr: "'{id}' takası iptal edildi",
    sv: "Inbytet '{id}' har avbrutits",
    de: "Die Inzahlungnahme '{id}' wurde storniert",
  },
  /** Public link requested for a temporary trade-in that does not exist. */
  N220001: {
    kind: 'not_found',
    en: "Temp trade-in with id '{id}' was not found",
    tr: "'{id}' kimlikli geçici takas bulunamadı",
    sv: "Tillfälligt inbyte med id '{id}' hittades inte",
    de: "Vorläufige Inzahlungnahme mit der ID '{id}' wurde nicht gefunden",
  },
  /** Public link requested for an expired temporary trade-in. */
  B220002: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is expired.",
    tr: "'{id}' geçici takasının süresi doldu.",
    sv: "Det tillfälliga inbytet '{id}' har gått ut.",
    de: "Die vorläufige Inzahlungnahme '{id}' ist abgelaufen.",
  },
  /** Public link requested for a cancelled temporary trade-in. */
  B220003: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is canceled.",
    tr: "'{id}' geçici takası iptal edildi.",
    sv: "Det tillfälliga inbytet '{id}' är avbrutet.",
    de: "Die vorläufige Inzahlungnahme '{id}' ist storniert.",
  },
  /** Public link requested for a confirmed temporary trade-in. */
  B220004: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is confirmed.",
    tr: "'{id}' geçici takası onaylandı.",
    sv: "Det tillfälliga inbytet '{id}' är bekräftat.",
    de: "Die vorläufige Inzahlungnahme '{id}' ist bestätigt.",
  },
});
