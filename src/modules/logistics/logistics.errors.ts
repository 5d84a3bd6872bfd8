import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of packages, shipments and labels. Codes and English texts are seed 003 §12's
 * (CreatePackageApi …, CreateShipmentApi …, CreateShipmentLabelApi, CancelShipmentLabelApi,
 * DownloadShipmentLabelApi, GetShippingStatusHistoryApi, CreateShipmentByTradeInApi); the
 * B61xxxx/N61xxxx codes are ours in the same pattern. The seed's "does not belong to current
 * vendor" codes (B060004, B230002, B240002, B250002) are never raised: every lookup is scoped to
 * the caller's tenant, so another tenant's record answers "not found" and its existence does not leak.
 */
export const LogisticsErrors = defineErrors(
  {
    /** Adding items to, or cancelling, a package that is in a live shipment. */
    B060001: { kind: 'conflict', en: 'Package already linked to shipment', tr: 'Paket zaten bir gönderiye bağlı', sv: 'Paketet är redan kopplat till en försändelse', de: 'Paket ist bereits mit einer Sendung verknüpft' },
    /** A device is already in another live package (also the loser of two racing requests). */
    C060001: { kind: 'conflict', en: 'Trade-in item already belong to package', tr: 'Takas ürünü zaten bir pakete ait', sv: 'Inbytesenheten tillhör redan ett paket', de: 'Das Inzahlungnahme-Gerät gehört bereits zu einem Paket' },
    /** Details or cancel of an unknown package. */
    N060001: { kind: 'not_found', en: 'Package does not exist', tr: 'Paket mevcut değil', sv: 'Paketet finns inte', de: 'Das Paket existiert nicht' },
    /** A device changed status while the package was being created; nothing was stored. */
    S060001: { kind: 'conflict', en: 'Package Not Created', tr: 'Paket oluşturulmadı', sv: 'Paketet skapades inte', de: 'Paket nicht erstellt' },
    /** LocationId names no location of the tenant. */
    B060005: { kind: 'validation', en: 'Location does not exist', tr: 'Konum mevcut değil', sv: 'Platsen finns inte', de: 'Der Standort existiert nicht' },
    /** Another package (not cancelled) of the tenant has this identifier. */
    B060006: { kind: 'conflict', en: 'Package with specified Identifier already exist', tr: 'Belirtilen tanımlayıcıya sahip paket zaten var', sv: 'Ett paket med angiven identifierare finns redan', de: 'Ein Paket mit der angegebenen Kennung existiert bereits' },
    /** Name missing or blank. */
    B060007: { kind: 'validation', en: 'Package name is required', tr: 'Paket adı zorunludur', sv: 'Paketnamn krävs', de: 'Paketname ist erforderlich' },
    /** A TradeInDeviceId of a new package names no device of the tenant. */
    B060008: { kind: 'precondition', en: 'Device not found by Id', tr: 'Kimliğe göre cihaz bulunamadı', sv: 'Enheten hittades inte med id', de: 'Gerät mit dieser ID nicht gefunden' },
    /** TradeInDeviceIds missing or empty. */
    B060009: { kind: 'validation', en: 'TradeInDeviceId required', tr: 'TradeInDeviceId zorunludur', sv: 'TradeInDeviceId krävs', de: 'TradeInDeviceId ist erforderlich' },
    /** AddItems to an unknown package. */
    N060009: { kind: 'not_found', en: 'Package not found by id', tr: 'Kimliğe göre paket bulunamadı', sv: 'Paketet hittades inte med id', de: 'Paket mit dieser ID nicht gefunden' },
    /** Cancel of a package that is Shipped, Delivered or Cancelled. */
    B060010: { kind: 'conflict', en: 'Package should be in Open or Packed status', tr: 'Paket Açık veya Paketlendi durumunda olmalıdır', sv: 'Paketet måste ha status Öppen eller Packad', de: 'Das Paket muss den Status Offen oder Gepackt haben' },
    /** The device is already in this package. */
    B060011: { kind: 'conflict', en: 'Trade-in item already in package', tr: 'Takas ürünü zaten pakette', sv: 'Inbytesenheten finns redan i paketet', de: 'Das Inzahlungnahme-Gerät ist bereits im Paket' },
    /** A TradeInDeviceId of AddItems names no device of the tenant. */
    B060012: { kind: 'precondition', en: 'Trade-in item does not exist', tr: 'Takas ürünü mevcut değil', sv: 'Inbytesenheten finns inte', de: 'Das Inzahlungnahme-Gerät existiert nicht' },
    /** Package id 0 or missing. */
    B060013: { kind: 'validation', en: 'Package Id required', tr: 'Paket kimliği zorunludur', sv: 'Paket-id krävs', de: 'Paket-ID ist erforderlich' },
    /** AddItems or removing an item of a package that is Shipped, Delivered or Cancelled. */
    B060014: { kind: 'conflict', en: 'Package status should be opened or packed', tr: 'Paket durumu açık veya paketlenmiş olmalıdır', sv: 'Paketets status måste vara öppen eller packad', de: 'Der Paketstatus muss offen oder gepackt sein' },
    /** A cancelled or withheld device. */
    B060015: { kind: 'conflict', en: 'Can not add Canceled/Withheld devices to packages', tr: 'İptal edilmiş/bekletilen cihazlar paketlere eklenemez', sv: 'Avbrutna/kvarhållna enheter kan inte läggas i paket', de: 'Stornierte/zurückgehaltene Geräte können nicht zu Paketen hinzugefügt werden' },
    /** AgentId names no staff user of the tenant. */
    B060016: { kind: 'validation', en: 'User does not exist', tr: 'Kullanıcı mevcut değil', sv: 'Användaren finns inte', de: 'Der Benutzer existiert nicht' },
    /** The same TradeInDeviceId twice in one request. */
    B060017: { kind: 'validation', en: 'Found duplicate TradeInDeviceId', tr: 'Yinelenen TradeInDeviceId bulundu', sv: 'Dubblett av TradeInDeviceId hittades', de: 'Doppelte TradeInDeviceId gefunden' },
    /** A device already past shipping (Shipped, Received, … Completed, Missing, Fraud). */
    B060018: { kind: 'conflict', en: 'Device with wrong step can not be added', tr: 'Yanlış adımdaki cihaz eklenemez', sv: 'En enhet i fel steg kan inte läggas till', de: 'Ein Gerät im falschen Schritt kann nicht hinzugefügt werden' },
    /** A device not yet Registered (Temporary, Expired) or otherwise not Registered. */
    B060019: { kind: 'conflict', en: 'Device with none registered status can not be added', tr: 'Kayıtlı olmayan durumdaki cihaz eklenemez', sv: 'En enhet som inte är registrerad kan inte läggas till', de: 'Ein nicht registriertes Gerät kann nicht hinzugefügt werden' },
    /** Devices of one request go to different facilities. */
    B060020: { kind: 'conflict', en: 'All devices must be with the same destination', tr: 'Tüm cihazların varış yeri aynı olmalıdır', sv: 'Alla enheter måste ha samma destination', de: 'Alle Geräte müssen dasselbe Ziel haben' },
    /** Devices of one request have different flow types (trade-in vs return). */
    B060021: { kind: 'conflict', en: 'All devices must be with the same shipping flow type', tr: 'Tüm cihazların gönderim akış türü aynı olmalıdır', sv: 'Alla enheter måste ha samma flödestyp', de: 'Alle Geräte müssen denselben Versandflusstyp haben' },
    /** The package was made by the system (a return or a mail-in) and is not changed through this API. */
    B060022: { kind: 'conflict', en: 'Package has wrong step', tr: 'Paket yanlış adımda', sv: 'Paketet är i fel steg', de: 'Das Paket ist im falschen Schritt' },
    /** AddItems: the device's flow type differs from the package's. */
    B060023: { kind: 'conflict', en: 'Device has mismatch flow type compared to the package', tr: 'Cihazın akış türü paketle uyuşmuyor', sv: 'Enhetens flödestyp matchar inte paketets', de: 'Der Flusstyp des Geräts passt nicht zum Paket' },
    /** AddItems: the device goes to another facility than the package. */
    B060024: { kind: 'conflict', en: 'Device has mismatch destination compared to the package', tr: 'Cihazın varış yeri paketle uyuşmuyor', sv: 'Enhetens destination matchar inte paketets', de: 'Das Ziel des Geräts passt nicht zum Paket' },
    /** PackageDimensionId names no active dimension of the tenant. */
    B060025: { kind: 'validation', en: 'Please enter a valid PackageDimensionId', tr: 'Lütfen geçerli bir PackageDimensionId girin', sv: 'Ange ett giltigt PackageDimensionId', de: 'Bitte geben Sie eine gültige PackageDimensionId ein' },
    /** The tenant's hold period after registration (second-hand goods rules) has not passed. */
    B060026: { kind: 'conflict', en: "For Trade In Device with id '{id}' shipping is not allowed now", tr: "'{id}' kimlikli takas cihazı için gönderim şu anda izinli değil", sv: "För inbytesenheten med id '{id}' är frakt inte tillåten nu", de: "Für das Inzahlungnahme-Gerät mit der ID '{id}' ist der Versand derzeit nicht erlaubt" },

    /** A package is in another live shipment (also the loser of two racing requests). */
    B080001: { kind: 'conflict', en: 'Package already added in shipment', tr: 'Paket zaten gönderiye eklendi', sv: 'Paketet har redan lagts till i en försändelse', de: 'Paket wurde bereits einer Sendung hinzugefügt' },
    /** An unknown shipment. */
    N080001: { kind: 'not_found', en: 'Shipment not found', tr: 'Gönderi bulunamadı', sv: 'Försändelsen hittades inte', de: 'Sendung nicht gefunden' },
    /** Create: Name missing or blank. */
    B080002: { kind: 'validation', en: 'Shipment name required', tr: 'Gönderi adı zorunludur', sv: 'Försändelsens namn krävs', de: 'Sendungsname ist erforderlich' },
    /** A PackagesIds entry names no package of the tenant. */
    N080002: { kind: 'not_found', en: 'Package not found', tr: 'Paket bulunamadı', sv: 'Paketet hittades inte', de: 'Paket nicht gefunden' },
    /** PackagesIds missing or empty. */
    B080003: { kind: 'validation', en: 'Packages required to create shipment', tr: 'Gönderi oluşturmak için paketler gereklidir', sv: 'Paket krävs för att skapa en försändelse', de: 'Pakete sind zum Erstellen einer Sendung erforderlich' },
    /** LocationId names no location of the tenant, or packages come from several locations. */
    N080003: { kind: 'not_found', en: 'Location not found', tr: 'Konum bulunamadı', sv: 'Platsen hittades inte', de: 'Standort nicht gefunden' },
    /** Update: Name blank. */
    B080004: { kind: 'validation', en: 'Name required', tr: 'Ad zorunludur', sv: 'Namn krävs', de: 'Name ist erforderlich' },
    /** AgentId names no staff user of the tenant. */
    N080004: { kind: 'not_found', en: 'User not found', tr: 'Kullanıcı bulunamadı', sv: 'Användaren hittades inte', de: 'Benutzer nicht gefunden' },
    /** Cancel of a shipment that is not Ready (cancel its label first). */
    B080005: { kind: 'conflict', en: 'Only shipments in Ready status can be cancelled', tr: 'Yalnızca Hazır durumundaki gönderiler iptal edilebilir', sv: 'Endast försändelser med status Redo kan avbrytas', de: 'Nur Sendungen im Status Bereit können storniert werden' },
    /** Shipment id 0 or missing. */
    B080006: { kind: 'validation', en: 'Shipment id required', tr: 'Gönderi kimliği zorunludur', sv: 'Försändelse-id krävs', de: 'Sendungs-ID ist erforderlich' },
    /** The same PackageId twice in one request. */
    B080007: { kind: 'validation', en: 'Found duplicate PackageId', tr: 'Yinelenen PackageId bulundu', sv: 'Dubblett av PackageId hittades', de: 'Doppelte PackageId gefunden' },
    /** The package is Shipped, Delivered, Cancelled, or is a system package. */
    B080008: { kind: 'conflict', en: 'Package has wrong step', tr: 'Paket yanlış adımda', sv: 'Paketet är i fel steg', de: 'Das Paket ist im falschen Schritt' },
    /** Packages of one request go to different facilities. */
    B080009: { kind: 'conflict', en: 'All packages must be with the same destination', tr: 'Tüm paketlerin varış yeri aynı olmalıdır', sv: 'Alla paket måste ha samma destination', de: 'Alle Pakete müssen dasselbe Ziel haben' },
    /** Packages of one request have different flow types. */
    B080010: { kind: 'conflict', en: 'All packages must be with the same shipping flow type', tr: 'Tüm paketlerin gönderim akış türü aynı olmalıdır', sv: 'Alla paket måste ha samma flödestyp', de: 'Alle Pakete müssen denselben Versandflusstyp haben' },
    /** Adding a package whose flow type differs from the shipment's. */
    B080011: { kind: 'conflict', en: 'Package has mismatch flow type compared to the shipment', tr: 'Paketin akış türü gönderiyle uyuşmuyor', sv: 'Paketets flödestyp matchar inte försändelsens', de: 'Der Flusstyp des Pakets passt nicht zur Sendung' },
    /** Adding a package that goes to another facility than the shipment. */
    B080012: { kind: 'conflict', en: 'Package has mismatch destination compared to the shipment', tr: 'Paketin varış yeri gönderiyle uyuşmuyor', sv: 'Paketets destination matchar inte försändelsens', de: 'Das Ziel des Pakets passt nicht zur Sendung' },
    /** A package without devices. */
    B080013: { kind: 'conflict', en: 'Empty package can not be shipped', tr: 'Boş paket gönderilemez', sv: 'Ett tomt paket kan inte skickas', de: 'Ein leeres Paket kann nicht versendet werden' },
    /** Adding packages to a shipment that already has a label. */
    B080014: { kind: 'conflict', en: "Unable to add packages to shipment with id '{id}' that has Label", tr: "Etiketi olan '{id}' kimlikli gönderiye paket eklenemez", sv: "Det går inte att lägga till paket i försändelsen med id '{id}' som har en etikett", de: "Pakete können der Sendung mit der ID '{id}' mit Etikett nicht hinzugefügt werden" },

    /** Label for an unknown shipment. */
    N230001: { kind: 'not_found', en: "Shipment with id '{id}' not found", tr: "'{id}' kimlikli gönderi bulunamadı", sv: "Försändelsen med id '{id}' hittades inte", de: "Sendung mit der ID '{id}' nicht gefunden" },
    /** The label request's LocationId is not the shipment's location. */
    B230003: { kind: 'conflict', en: "Shipment with id '{id}' from another location", tr: "'{id}' kimlikli gönderi başka bir konumdan", sv: "Försändelsen med id '{id}' kommer från en annan plats", de: "Sendung mit der ID '{id}' stammt von einem anderen Standort" },
    /** Label for a cancelled shipment. */
    B230004: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled", tr: "'{id}' kimlikli gönderi iptal edildi", sv: "Försändelsen med id '{id}' har avbrutits", de: "Sendung mit der ID '{id}' wurde storniert" },
    /** The carrier already has this shipment (its external id is set). */
    B230006: { kind: 'conflict', en: "The ExternalId for Shipment with id '{id}' was already set", tr: "'{id}' kimlikli gönderi için ExternalId zaten ayarlandı", sv: "ExternalId för försändelsen med id '{id}' är redan satt", de: "Die ExternalId für die Sendung mit der ID '{id}' wurde bereits gesetzt" },
    /** Label for a shipment that already has one or has been handed over. */
    B230008: { kind: 'conflict', en: "Shipment with id '{id}' should be in status 'Ready'", tr: "'{id}' kimlikli gönderi 'Hazır' durumunda olmalıdır", sv: "Försändelsen med id '{id}' måste ha status 'Redo'", de: "Sendung mit der ID '{id}' muss den Status 'Bereit' haben" },
    /** The tenant's carrier takes one package per shipment (nShift setting). */
    B230009: { kind: 'conflict', en: "Shipment with id '{id}' should have only one package inside", tr: "'{id}' kimlikli gönderide yalnızca bir paket olmalıdır", sv: "Försändelsen med id '{id}' får bara innehålla ett paket", de: "Sendung mit der ID '{id}' darf nur ein Paket enthalten" },
    /** The carrier needs the package's dimension and it has none. */
    B230010: { kind: 'validation', en: 'Internal package should have special dimensions', tr: 'Dahili paketin özel boyutları olmalıdır', sv: 'Internt paket måste ha särskilda mått', de: 'Internes Paket muss besondere Abmessungen haben' },
    /** The tenant chose nShift but has not enabled it (or has no credentials). */
    B230011: { kind: 'precondition', en: 'NShift is disabled for current vendor', tr: 'NShift mevcut satıcı için devre dışı', sv: 'NShift är inaktiverat för aktuell leverantör', de: 'NShift ist für den aktuellen Anbieter deaktiviert' },
    /** The label request's LocationId names no location of the tenant. */
    N230012: { kind: 'not_found', en: "Location with id '{id}' is not associated with the current vendor", tr: "'{id}' kimlikli konum mevcut satıcıyla ilişkili değil", sv: "Platsen med id '{id}' är inte kopplad till aktuell leverantör", de: "Der Standort mit der ID '{id}' ist dem aktuellen Anbieter nicht zugeordnet" },
    /** LocationAddress.CountryCode missing. */
    B230013: { kind: 'validation', en: 'CountryCode required', tr: 'CountryCode zorunludur', sv: 'CountryCode krävs', de: 'CountryCode ist erforderlich' },
    /** LocationAddress.City missing. */
    B230014: { kind: 'validation', en: 'City required', tr: 'City zorunludur', sv: 'City krävs', de: 'City ist erforderlich' },
    /** LocationAddress.PostCode missing. */
    B230015: { kind: 'validation', en: 'PostCode required', tr: 'PostCode zorunludur', sv: 'PostCode krävs', de: 'PostCode ist erforderlich' },
    /** LocationAddress.Street1 missing. */
    B230016: { kind: 'validation', en: 'Street1 required', tr: 'Street1 zorunludur', sv: 'Street1 krävs', de: 'Street1 ist erforderlich' },

    /** Label cancel for an unknown shipment. */
    N240001: { kind: 'not_found', en: "Shipment with id '{id}' not found", tr: "'{id}' kimlikli gönderi bulunamadı", sv: "Försändelsen med id '{id}' hittades inte", de: "Sendung mit der ID '{id}' nicht gefunden" },
    /** Label cancel for a cancelled shipment. */
    B240003: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled", tr: "'{id}' kimlikli gönderi iptal edildi", sv: "Försändelsen med id '{id}' har avbrutits", de: "Sendung mit der ID '{id}' wurde storniert" },
    /** Label cancel after hand-over (InTransit, Delivered). */
    B240004: { kind: 'conflict', en: "Shipment with id '{id}' should be in status 'Ready'", tr: "'{id}' kimlikli gönderi 'Hazır' durumunda olmalıdır", sv: "Försändelsen med id '{id}' måste ha status 'Redo'", de: "Sendung mit der ID '{id}' muss den Status 'Bereit' haben" },
    /** Label cancel for a shipment without a label. */
    B240006: { kind: 'conflict', en: "The ExternalId for Shipment with id '{id}' was not set", tr: "'{id}' kimlikli gönderi için ExternalId ayarlanmadı", sv: "ExternalId för försändelsen med id '{id}' är inte satt", de: "Die ExternalId für die Sendung mit der ID '{id}' wurde nicht gesetzt" },
    /** The label was made by nShift and nShift has since been disabled for the tenant. */
    B240007: { kind: 'precondition', en: 'NShift is disabled for current vendor', tr: 'NShift mevcut satıcı için devre dışı', sv: 'NShift är inaktiverat för aktuell leverantör', de: 'NShift ist für den aktuellen Anbieter deaktiviert' },

    /** Label download for an unknown shipment. */
    N250001: { kind: 'not_found', en: "Shipment with id '{id}' not found", tr: "'{id}' kimlikli gönderi bulunamadı", sv: "Försändelsen med id '{id}' hittades inte", de: "Sendung mit der ID '{id}' nicht gefunden" },
    /** Label download with a LocationId that is not the shipment's. */
    B250003: { kind: 'conflict', en: "Shipment with id '{id}' from another location", tr: "'{id}' kimlikli gönderi başka bir konumdan", sv: "Försändelsen med id '{id}' kommer från en annan plats", de: "Sendung mit der ID '{id}' stammt von einem anderen Standort" },
    /** Label download for a cancelled shipment. */
    B250004: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled", tr: "'{id}' kimlikli gönderi iptal edildi", sv: "Försändelsen med id '{id}' har avbrutits", de: "Sendung mit der ID '{id}' wurde storniert" },
    /** Label download for a shipment without a label (or an expired link to a replaced one). */
    N250006: { kind: 'not_found', en: "The Label for Shipment with id '{id}' not found", tr: "'{id}' kimlikli gönderinin etiketi bulunamadı", sv: "Etiketten för försändelsen med id '{id}' hittades inte", de: "Das Etikett für die Sendung mit der ID '{id}' wurde nicht gefunden" },

    /** Status history of an unknown shipment. */
    N260001: { kind: 'not_found', en: "Shipment was not found by id '{id}'", tr: "'{id}' kimliğine göre gönderi bulunamadı", sv: "Försändelsen hittades inte med id '{id}'", de: "Sendung wurde mit der ID '{id}' nicht gefunden" },
    /** Shipment by trade-in for an unknown trade-in. */
    N270001: { kind: 'not_found', en: 'Trade-in does not exist', tr: 'Takas mevcut değil', sv: 'Inbytet finns inte', de: 'Die Inzahlungnahme existiert nicht' },
    /** Shipment by trade-in when the tenant has no default package dimension. */
    B270002: { kind: 'precondition', en: 'Package dimension is not specified in vendor shipping configuration in Luna.', tr: 'Paket boyutu, satıcının Luna gönderim yapılandırmasında belirtilmemiş.', sv: 'Paketmått anges inte i leverantörens fraktkonfiguration i Luna.', de: 'Die Paketabmessung ist in der Versandkonfiguration des Anbieters in Luna nicht angegeben.' },

    /** No facility to send devices to: the tenant has no facility location and no matching routing rule. */
    B610001: { kind: 'precondition', en: 'No destination facility is configured for this location.', tr: 'Bu konum için hedef tesis yapılandırılmamış.', sv: 'Ingen destinationsanläggning är konfigurerad för denna plats.', de: 'Für diesen Standort ist keine Zielanlage konfiguriert.' },
    /** Carrier event: missing or wrong signature, or no webhook secret configured. */
    U610002: { kind: 'unauthenticated', en: 'The carrier event signature is not valid.', tr: 'Taşıyıcı olayı imzası geçerli değil.', sv: 'Signaturen för transportörshändelsen är ogiltig.', de: 'Die Signatur des Spediteur-Ereignisses ist ungültig.' },
    /** Carrier event: timestamp too far from now (replay protection). */
    U610003: { kind: 'unauthenticated', en: 'The carrier event is too old or from the future.', tr: 'Taşıyıcı olayı çok eski veya gelecekten.', sv: 'Transportörshändelsen är för gammal eller från framtiden.', de: 'Das Spediteur-Ereignis ist zu alt oder liegt in der Zukunft.' },
    /** A status the shipment cannot move to from its current status. */
    B610004: { kind: 'conflict', en: "Shipment with id '{id}' cannot move from {from} to {to}.", tr: "'{id}' kimlikli gönderi {from} durumundan {to} durumuna geçemez.", sv: "Försändelsen med id '{id}' kan inte gå från {from} till {to}.", de: "Sendung mit der ID '{id}' kann nicht von {from} nach {to} wechseln." },
    /** The carrier refused or could not be reached; nothing was changed. */
    I610005: { kind: 'unavailable', en: 'The carrier could not create or cancel the label: {reason}', tr: 'Taşıyıcı etiketi oluşturamadı veya iptal edemedi: {reason}', sv: 'Transportören kunde inte skapa eller avbryta etiketten: {reason}', de: 'Der Spediteur konnte das Etikett nicht erstellen oder stornieren: {reason}' },
    /** Admin: unknown package dimension. */
    N610006: { kind: 'not_found', en: "Package dimension '{id}' not found.", tr: "'{id}' paket boyutu bulunamadı.", sv: "Paketmåttet '{id}' hittades inte.", de: "Paketabmessung '{id}' nicht gefunden." },
    /** Routing rule or return: the location named is not a facility or warehouse of the tenant. */
    B610007: { kind: 'validation', en: "Location '{id}' is not a facility or warehouse.", tr: "'{id}' konumu bir tesis veya depo değil.", sv: "Platsen '{id}' är inte en anläggning eller ett lager.", de: "Standort '{id}' ist keine Anlage und kein Lager." },
    /** Return shipment: a device is not waiting to be returned (ReturnRequested). */
    B610008: { kind: 'conflict', en: "Device '{id}' is not waiting to be returned.", tr: "'{id}' cihazı iade beklemiyor.", sv: "Enheten '{id}' väntar inte på retur.", de: "Gerät '{id}' wartet nicht auf eine Rücksendung." },
    /** Return or mail-in: the address misses name, street, post code, city or country. */
    B610009: { kind: 'validation', en: 'The address needs a name, street, post code, city and country.', tr: 'Adreste ad, sokak, posta kodu, şehir ve ülke olmalıdır.', sv: 'Adressen behöver namn, gata, postnummer, ort och land.', de: 'Die Adresse benötigt Name, Straße, Postleitzahl, Ort und Land.' },
    /** Admin: unknown routing rule. */
    N610010: { kind: 'not_found', en: "Routing rule '{id}' not found.", tr: "'{id}' yönlendirme kuralı bulunamadı.", sv: "Routningsregeln '{id}' hittades inte.", de: "Routing-Regel '{id}' nicht gefunden." },
    /** Packages of one shipment come from different locations (seed: one location per shipment). */
    B610011: { kind: 'conflict', en: 'All packages of a shipment must come from one location.', tr: 'Bir gönderinin tüm paketleri tek bir konumdan gelmelidir.', sv: 'Alla paket i en försändelse måste komma från en plats.', de: 'Alle Pakete einer Sendung müssen von einem Standort stammen.' },
    /** An agent named a location that is not one of their stores: to them it does not exist (as another store's shipment). */
    N610012: { kind: 'not_found', en: "Location '{id}' is not one of your stores.", tr: "'{id}' konumu mağazalarınızdan biri değil.", sv: "Platsen '{id}' är inte en av dina butiker.", de: "Standort '{id}' ist keine Ihrer Filialen." },
  },
  'logistics',
);
