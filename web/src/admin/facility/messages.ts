import type { Catalog } from '../../app/i18n';

/** Strings of the facility bench (receiving, inspection, queues), complete in every locale. */
export const facilityMessages: Catalog<
  | 'benchNav'
  | 'queues'
  | 'receive'
  | 'receiveTitle'
  | 'packageCode'
  | 'openPackage'
  | 'scanHint'
  | 'scanHintTyped'
  | 'unknownPackage'
  | 'package'
  | 'deviceCode'
  | 'receiveDevice'
  | 'camera'
  | 'expected'
  | 'received'
  | 'missing'
  | 'unexpected'
  | 'inspect'
  | 'damaged'
  | 'damagedPhotos'
  | 'note'
  | 'reportDamage'
  | 'damageSaved'
  | 'discrepancies'
  | 'none'
  | 'kind'
  | 'identifier'
  | 'when'
  | 'device'
  | 'status'
  | 'offered'
  | 'final'
  | 'actions'
  | 'open'
  | 'qReceived'
  | 'qInspected'
  | 'qValuated'
  | 'qAccepted'
  | 'qReturnRequested'
  | 'empty'
  | 'payOut'
  | 'method'
  | 'store_credit'
  | 'gift_card'
  | 'bank_transfer'
  | 'customerRef'
  | 'bankAccount'
  | 'paid'
  | 'returnLabel'
  | 'markReturned'
  | 'manualReturn'
  | 'inspectionOf'
  | 'deviceFacts'
  | 'gradingForm'
  | 'customerSaid'
  | 'functional'
  | 'pass'
  | 'fail'
  | 'not_tested'
  | 't_touch'
  | 't_camera'
  | 't_audio'
  | 't_battery'
  | 't_buttons'
  | 't_network'
  | 'findMy'
  | 'declared'
  | 'Activated'
  | 'NotActivated'
  | 'erasure'
  | 'erasureDone'
  | 'erasureTool'
  | 'operator'
  | 'verification'
  | 'Passed'
  | 'Failed'
  | 'photos'
  | 'proves'
  | 'noAnswer'
  | 'angle'
  | 'a_front'
  | 'a_back'
  | 'a_side'
  | 'a_screen'
  | 'a_defect'
  | 'startCamera'
  | 'takePhoto'
  | 'stopCamera'
  | 'webcam'
  | 'uploadFile'
  | 'photoFor'
  | 'remove'
  | 'cameraError'
  | 'notes'
  | 'saveInspection'
  | 'previewTitle'
  | 'previewFrame'
  | 'inspected'
  | 'send'
  | 'sent'
  | 'makeLink'
  | 'openCustomerPage'
  | 'erasureCertificate'
  | 'timeline'
  | 'notAtBench'
  | 'back'
  | 'returnAddress'
  | 'returnTo'
  | 'addrName'
  | 'addrStreet1'
  | 'addrStreet2'
  | 'addrPostCode'
  | 'addrCity'
  | 'addrCountry'
  | 'addrCountryHint'
  | 'addrPhone'
  | 'addrEmail'
  | 'required'
  | 'badCountry'
  | 'badEmail'
  | 'fixAddress'
  | 'printReturnLabel'
  | 'cancel'
  | 'labelReadyFor'
> = {
  en: {
    labelReadyFor: 'Return label for #{id} ready: open it to print',
    returnAddress: 'Return address',
    returnTo: 'Return address for #{id}',
    addrName: 'Name',
    addrStreet1: 'Street and number',
    addrStreet2: 'Address line 2 (optional)',
    addrPostCode: 'Postcode',
    addrCity: 'City',
    addrCountry: 'Country code',
    addrCountryHint: 'Two letters, e.g. SE, DE, TR',
    addrPhone: 'Phone (optional)',
    addrEmail: 'E-mail (optional)',
    required: 'Required.',
    badCountry: 'Enter a two-letter country code (ISO 3166), e.g. SE.',
    badEmail: 'Enter an e-mail address like name@example.com.',
    fixAddress: 'Check the marked fields.',
    printReturnLabel: 'Create and print label',
    cancel: 'Cancel',
    benchNav: 'Facility bench',
    queues: 'Queues',
    receive: 'Receive',
    receiveTitle: 'Receive packages and devices',
    packageCode: 'Package barcode',
    openPackage: 'Open package',
    scanHint: 'Scan with a handheld scanner into the field, type, or use the camera.',
    scanHintTyped: 'Scan with a handheld scanner into the field, or type.',
    unknownPackage: 'No package with this barcode.',
    package: 'Package {code}',
    deviceCode: 'IMEI or serial number',
    receiveDevice: 'Mark received',
    camera: 'Scan with camera',
    expected: 'Expected ({n})',
    received: 'Received ({n})',
    missing: 'Missing ({n})',
    unexpected: 'Unexpected ({n})',
    inspect: 'Inspect',
    damaged: 'Damaged package',
    damagedPhotos: 'Photos of the damage',
    note: 'Note',
    reportDamage: 'Record damage',
    damageSaved: 'Damage recorded.',
    discrepancies: 'Discrepancies',
    none: 'None.',
    kind: 'Kind',
    identifier: 'IMEI / serial',
    when: 'When',
    device: 'Device',
    status: 'Status',
    offered: 'Offered',
    final: 'Final',
    actions: 'Actions',
    open: 'Open',
    qReceived: 'Awaiting inspection',
    qInspected: 'Report to send',
    qValuated: 'Awaiting the customer',
    qAccepted: 'Payouts to make',
    qReturnRequested: 'Returns to send',
    empty: 'Nothing here.',
    payOut: 'Pay out',
    method: 'Method',
    store_credit: 'Store credit',
    gift_card: 'Gift card',
    bank_transfer: 'Bank transfer',
    customerRef: 'Customer reference',
    bankAccount: 'Bank account (IBAN)',
    paid: 'Paid out {amount} {currency}.',
    returnLabel: 'Create return label',
    markReturned: 'Mark returned',
    manualReturn: 'Return recorded without a label.',
    inspectionOf: 'Inspection: {name}',
    deviceFacts: 'Device {id} · {identifier} · {status}',
    gradingForm: 'Grading form',
    customerSaid: 'Customer said: {answers}',
    functional: 'Functional tests',
    pass: 'Pass',
    fail: 'Fail',
    not_tested: 'Not tested',
    t_touch: 'Touchscreen',
    t_camera: 'Cameras',
    t_audio: 'Speaker and microphone',
    t_battery: 'Battery',
    t_buttons: 'Buttons',
    t_network: 'Network and Wi-Fi',
    findMy: 'Find My / activation lock found',
    declared: 'Declared by the customer: {value}',
    Activated: 'On',
    NotActivated: 'Off',
    erasure: 'Data erasure (NIST SP 800-88)',
    erasureDone: 'Erasure performed',
    erasureTool: 'Tool',
    operator: 'Operator',
    verification: 'Verification',
    Passed: 'Passed',
    Failed: 'Failed',
    photos: 'Photos',
    proves: 'The photo proves',
    noAnswer: 'No particular answer',
    angle: 'Side',
    a_front: 'Front',
    a_back: 'Back',
    a_side: 'Edge',
    a_screen: 'Screen',
    a_defect: 'Defect',
    startCamera: 'Start webcam',
    takePhoto: 'Take photo',
    stopCamera: 'Stop webcam',
    webcam: 'Webcam',
    uploadFile: 'Or upload a photo file',
    photoFor: 'Photo {n}: {what}, {side}',
    remove: 'Remove',
    cameraError: 'The webcam could not be started: {message}',
    notes: 'Notes',
    saveInspection: 'Save inspection and preview',
    previewTitle: 'The customer will see this',
    previewFrame: 'Preview of the customer’s page',
    inspected: 'Inspection saved: {price} {currency}, grade {grade}.',
    send: 'Send to the customer',
    sent: 'Sent: final price {price} {currency}.',
    makeLink: 'Get the customer’s link',
    openCustomerPage: 'Open the customer’s page',
    erasureCertificate: 'Erasure certificate (PDF)',
    timeline: 'Timeline',
    notAtBench: 'This device is not at the bench (status {status}).',
    back: 'Back to the queues',
  },
  tr: {
    labelReadyFor: '#{id} için iade etiketi hazır: yazdırmak için açın',
    returnAddress: 'İade adresi',
    returnTo: '#{id} için iade adresi',
    addrName: 'Ad',
    addrStreet1: 'Sokak ve numara',
    addrStreet2: 'Adres satırı 2 (isteğe bağlı)',
    addrPostCode: 'Posta kodu',
    addrCity: 'Şehir',
    addrCountry: 'Ülke kodu',
    addrCountryHint: 'İki harf, örn. SE, DE, TR',
    addrPhone: 'Telefon (isteğe bağlı)',
    addrEmail: 'E-posta (isteğe bağlı)',
    required: 'Zorunlu.',
    badCountry: 'İki harfli bir ülke kodu girin (ISO 3166), örn. SE.',
    badEmail: 'ad@ornek.com gibi bir e-posta adresi girin.',
    fixAddress: 'İşaretli alanları kontrol edin.',
    printReturnLabel: 'Etiketi oluştur ve yazdır',
    cancel: 'Vazgeç',
    benchNav: 'Tesis tezgâhı',
    queues: 'Kuyruklar',
    receive: 'Teslim al',
    receiveTitle: 'Paket ve cihaz teslim alma',
    packageCode: 'Paket barkodu',
    openPackage: 'Paketi aç',
    scanHint: 'Alana el tarayıcısıyla okutun, yazın veya kamerayı kullanın.',
    scanHintTyped: 'Alana el tarayıcısıyla okutun veya yazın.',
    unknownPackage: 'Bu barkodla bir paket yok.',
    package: 'Paket {code}',
    deviceCode: 'IMEI veya seri numarası',
    receiveDevice: 'Teslim alındı olarak işaretle',
    camera: 'Kamerayla tara',
    expected: 'Beklenen ({n})',
    received: 'Teslim alınan ({n})',
    missing: 'Eksik ({n})',
    unexpected: 'Beklenmeyen ({n})',
    inspect: 'İncele',
    damaged: 'Hasarlı paket',
    damagedPhotos: 'Hasarın fotoğrafları',
    note: 'Not',
    reportDamage: 'Hasarı kaydet',
    damageSaved: 'Hasar kaydedildi.',
    discrepancies: 'Uyuşmazlıklar',
    none: 'Yok.',
    kind: 'Tür',
    identifier: 'IMEI / seri',
    when: 'Ne zaman',
    device: 'Cihaz',
    status: 'Durum',
    offered: 'Teklif',
    final: 'Nihai',
    actions: 'İşlemler',
    open: 'Aç',
    qReceived: 'İnceleme bekleyen',
    qInspected: 'Gönderilecek rapor',
    qValuated: 'Müşteri bekleniyor',
    qAccepted: 'Yapılacak ödemeler',
    qReturnRequested: 'Gönderilecek iadeler',
    empty: 'Burada bir şey yok.',
    payOut: 'Öde',
    method: 'Yöntem',
    store_credit: 'Mağaza kredisi',
    gift_card: 'Hediye kartı',
    bank_transfer: 'Banka havalesi',
    customerRef: 'Müşteri referansı',
    bankAccount: 'Banka hesabı (IBAN)',
    paid: '{amount} {currency} ödendi.',
    returnLabel: 'İade etiketi oluştur',
    markReturned: 'İade edildi olarak işaretle',
    manualReturn: 'İade etiketsiz kaydedildi.',
    inspectionOf: 'İnceleme: {name}',
    deviceFacts: 'Cihaz {id} · {identifier} · {status}',
    gradingForm: 'Derecelendirme formu',
    customerSaid: 'Müşteri beyanı: {answers}',
    functional: 'İşlev testleri',
    pass: 'Geçti',
    fail: 'Kaldı',
    not_tested: 'Test edilmedi',
    t_touch: 'Dokunmatik ekran',
    t_camera: 'Kameralar',
    t_audio: 'Hoparlör ve mikrofon',
    t_battery: 'Pil',
    t_buttons: 'Tuşlar',
    t_network: 'Şebeke ve Wi-Fi',
    findMy: 'Bul / aktivasyon kilidi durumu',
    declared: 'Müşteri beyanı: {value}',
    Activated: 'Açık',
    NotActivated: 'Kapalı',
    erasure: 'Veri silme (NIST SP 800-88)',
    erasureDone: 'Silme yapıldı',
    erasureTool: 'Araç',
    operator: 'Operatör',
    verification: 'Doğrulama',
    Passed: 'Başarılı',
    Failed: 'Başarısız',
    photos: 'Fotoğraflar',
    proves: 'Fotoğrafın kanıtladığı',
    noAnswer: 'Belirli bir yanıt yok',
    angle: 'Taraf',
    a_front: 'Ön',
    a_back: 'Arka',
    a_side: 'Yan',
    a_screen: 'Ekran',
    a_defect: 'Kusur',
    startCamera: 'Web kamerasını başlat',
    takePhoto: 'Fotoğraf çek',
    stopCamera: 'Web kamerasını kapat',
    webcam: 'Web kamerası',
    uploadFile: 'Veya bir fotoğraf dosyası yükleyin',
    photoFor: 'Fotoğraf {n}: {what}, {side}',
    remove: 'Kaldır',
    cameraError: 'Web kamerası başlatılamadı: {message}',
    notes: 'Notlar',
    saveInspection: 'İncelemeyi kaydet ve önizle',
    previewTitle: 'Müşteri bunu görecek',
    previewFrame: 'Müşteri sayfasının önizlemesi',
    inspected: 'İnceleme kaydedildi: {price} {currency}, derece {grade}.',
    send: 'Müşteriye gönder',
    sent: 'Gönderildi: nihai fiyat {price} {currency}.',
    makeLink: 'Müşteri bağlantısını al',
    openCustomerPage: 'Müşteri sayfasını aç',
    erasureCertificate: 'Silme sertifikası (PDF)',
    timeline: 'Zaman çizelgesi',
    notAtBench: 'Bu cihaz tezgâhta değil (durum {status}).',
    back: 'Kuyruklara dön',
  },
  sv: {
    labelReadyFor: 'Returetiketten för #{id} är klar: öppna den för att skriva ut',
    returnAddress: 'Returadress',
    returnTo: 'Returadress för #{id}',
    addrName: 'Namn',
    addrStreet1: 'Gata och nummer',
    addrStreet2: 'Adressrad 2 (valfri)',
    addrPostCode: 'Postnummer',
    addrCity: 'Ort',
    addrCountry: 'Landskod',
    addrCountryHint: 'Två bokstäver, t.ex. SE, DE, TR',
    addrPhone: 'Telefon (valfri)',
    addrEmail: 'E-post (valfri)',
    required: 'Obligatoriskt.',
    badCountry: 'Ange en landskod med två bokstäver (ISO 3166), t.ex. SE.',
    badEmail: 'Ange en e-postadress som namn@exempel.se.',
    fixAddress: 'Kontrollera de markerade fälten.',
    printReturnLabel: 'Skapa och skriv ut etikett',
    cancel: 'Avbryt',
    benchNav: 'Anläggningens bänk',
    queues: 'Köer',
    receive: 'Ta emot',
    receiveTitle: 'Ta emot paket och enheter',
    packageCode: 'Paketets streckkod',
    openPackage: 'Öppna paketet',
    scanHint: 'Skanna med handskanner i fältet, skriv eller använd kameran.',
    scanHintTyped: 'Skanna med handskanner i fältet eller skriv.',
    unknownPackage: 'Inget paket med den streckkoden.',
    package: 'Paket {code}',
    deviceCode: 'IMEI eller serienummer',
    receiveDevice: 'Markera som mottagen',
    camera: 'Skanna med kameran',
    expected: 'Förväntade ({n})',
    received: 'Mottagna ({n})',
    missing: 'Saknas ({n})',
    unexpected: 'Oväntade ({n})',
    inspect: 'Inspektera',
    damaged: 'Skadat paket',
    damagedPhotos: 'Foton av skadan',
    note: 'Anteckning',
    reportDamage: 'Registrera skadan',
    damageSaved: 'Skadan registrerad.',
    discrepancies: 'Avvikelser',
    none: 'Inga.',
    kind: 'Typ',
    identifier: 'IMEI / serienr',
    when: 'När',
    device: 'Enhet',
    status: 'Status',
    offered: 'Erbjudet',
    final: 'Slutligt',
    actions: 'Åtgärder',
    open: 'Öppna',
    qReceived: 'Väntar på inspektion',
    qInspected: 'Rapport att skicka',
    qValuated: 'Väntar på kunden',
    qAccepted: 'Utbetalningar att göra',
    qReturnRequested: 'Returer att skicka',
    empty: 'Inget här.',
    payOut: 'Betala ut',
    method: 'Metod',
    store_credit: 'Butikskredit',
    gift_card: 'Presentkort',
    bank_transfer: 'Banköverföring',
    customerRef: 'Kundreferens',
    bankAccount: 'Bankkonto (IBAN)',
    paid: 'Utbetalt {amount} {currency}.',
    returnLabel: 'Skapa returetikett',
    markReturned: 'Markera som returnerad',
    manualReturn: 'Returen registrerad utan etikett.',
    inspectionOf: 'Inspektion: {name}',
    deviceFacts: 'Enhet {id} · {identifier} · {status}',
    gradingForm: 'Bedömningsformulär',
    customerSaid: 'Kunden angav: {answers}',
    functional: 'Funktionstester',
    pass: 'Godkänd',
    fail: 'Underkänd',
    not_tested: 'Ej testad',
    t_touch: 'Pekskärm',
    t_camera: 'Kameror',
    t_audio: 'Högtalare och mikrofon',
    t_battery: 'Batteri',
    t_buttons: 'Knappar',
    t_network: 'Nätverk och wifi',
    findMy: 'Hitta / aktiveringslås hittat',
    declared: 'Kunden angav: {value}',
    Activated: 'På',
    NotActivated: 'Av',
    erasure: 'Dataradering (NIST SP 800-88)',
    erasureDone: 'Radering utförd',
    erasureTool: 'Verktyg',
    operator: 'Operatör',
    verification: 'Verifiering',
    Passed: 'Godkänd',
    Failed: 'Misslyckad',
    photos: 'Foton',
    proves: 'Fotot visar',
    noAnswer: 'Inget särskilt svar',
    angle: 'Sida',
    a_front: 'Framsida',
    a_back: 'Baksida',
    a_side: 'Kant',
    a_screen: 'Skärm',
    a_defect: 'Defekt',
    startCamera: 'Starta webbkameran',
    takePhoto: 'Ta foto',
    stopCamera: 'Stäng webbkameran',
    webcam: 'Webbkamera',
    uploadFile: 'Eller ladda upp en fotofil',
    photoFor: 'Foto {n}: {what}, {side}',
    remove: 'Ta bort',
    cameraError: 'Webbkameran kunde inte startas: {message}',
    notes: 'Anteckningar',
    saveInspection: 'Spara inspektionen och förhandsgranska',
    previewTitle: 'Kunden kommer att se detta',
    previewFrame: 'Förhandsvisning av kundens sida',
    inspected: 'Inspektionen sparad: {price} {currency}, klass {grade}.',
    send: 'Skicka till kunden',
    sent: 'Skickat: slutpris {price} {currency}.',
    makeLink: 'Hämta kundens länk',
    openCustomerPage: 'Öppna kundens sida',
    erasureCertificate: 'Raderingsintyg (PDF)',
    timeline: 'Tidslinje',
    notAtBench: 'Enheten är inte vid bänken (status {status}).',
    back: 'Tillbaka till köerna',
  },
  de: {
    labelReadyFor: 'Rücksendeetikett für #{id} bereit: zum Drucken öffnen',
    returnAddress: 'Rücksendeadresse',
    returnTo: 'Rücksendeadresse für #{id}',
    addrName: 'Name',
    addrStreet1: 'Straße und Hausnummer',
    addrStreet2: 'Adresszeile 2 (optional)',
    addrPostCode: 'Postleitzahl',
    addrCity: 'Ort',
    addrCountry: 'Ländercode',
    addrCountryHint: 'Zwei Buchstaben, z. B. SE, DE, TR',
    addrPhone: 'Telefon (optional)',
    addrEmail: 'E-Mail (optional)',
    required: 'Pflichtfeld.',
    badCountry: 'Geben Sie einen zweistelligen Ländercode ein (ISO 3166), z. B. SE.',
    badEmail: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
    fixAddress: 'Bitte prüfen Sie die markierten Felder.',
    printReturnLabel: 'Etikett erstellen und drucken',
    cancel: 'Abbrechen',
    benchNav: 'Prüfplatz',
    queues: 'Warteschlangen',
    receive: 'Wareneingang',
    receiveTitle: 'Pakete und Geräte annehmen',
    packageCode: 'Paket-Barcode',
    openPackage: 'Paket öffnen',
    scanHint: 'Mit dem Handscanner ins Feld scannen, tippen oder die Kamera nutzen.',
    scanHintTyped: 'Mit dem Handscanner ins Feld scannen oder tippen.',
    unknownPackage: 'Kein Paket mit diesem Barcode.',
    package: 'Paket {code}',
    deviceCode: 'IMEI oder Seriennummer',
    receiveDevice: 'Als eingegangen buchen',
    camera: 'Mit Kamera scannen',
    expected: 'Erwartet ({n})',
    received: 'Eingegangen ({n})',
    missing: 'Fehlt ({n})',
    unexpected: 'Unerwartet ({n})',
    inspect: 'Prüfen',
    damaged: 'Beschädigtes Paket',
    damagedPhotos: 'Fotos des Schadens',
    note: 'Notiz',
    reportDamage: 'Schaden erfassen',
    damageSaved: 'Schaden erfasst.',
    discrepancies: 'Abweichungen',
    none: 'Keine.',
    kind: 'Art',
    identifier: 'IMEI / Seriennr.',
    when: 'Wann',
    device: 'Gerät',
    status: 'Status',
    offered: 'Angeboten',
    final: 'Endgültig',
    actions: 'Aktionen',
    open: 'Öffnen',
    qReceived: 'Warten auf Prüfung',
    qInspected: 'Bericht zu senden',
    qValuated: 'Warten auf Kunden',
    qAccepted: 'Auszuzahlen',
    qReturnRequested: 'Rücksendungen',
    empty: 'Nichts hier.',
    payOut: 'Auszahlen',
    method: 'Methode',
    store_credit: 'Guthaben',
    gift_card: 'Geschenkkarte',
    bank_transfer: 'Überweisung',
    customerRef: 'Kundenreferenz',
    bankAccount: 'Bankkonto (IBAN)',
    paid: '{amount} {currency} ausgezahlt.',
    returnLabel: 'Rücksendeetikett erstellen',
    markReturned: 'Als zurückgegeben buchen',
    manualReturn: 'Rücksendung ohne Etikett erfasst.',
    inspectionOf: 'Prüfung: {name}',
    deviceFacts: 'Gerät {id} · {identifier} · {status}',
    gradingForm: 'Bewertungsbogen',
    customerSaid: 'Kundenangabe: {answers}',
    functional: 'Funktionstests',
    pass: 'Bestanden',
    fail: 'Nicht bestanden',
    not_tested: 'Nicht getestet',
    t_touch: 'Touchscreen',
    t_camera: 'Kameras',
    t_audio: 'Lautsprecher und Mikrofon',
    t_battery: 'Akku',
    t_buttons: 'Tasten',
    t_network: 'Netz und WLAN',
    findMy: 'Wo ist? / Aktivierungssperre vorgefunden',
    declared: 'Vom Kunden angegeben: {value}',
    Activated: 'An',
    NotActivated: 'Aus',
    erasure: 'Datenlöschung (NIST SP 800-88)',
    erasureDone: 'Löschung durchgeführt',
    erasureTool: 'Werkzeug',
    operator: 'Bediener',
    verification: 'Verifizierung',
    Passed: 'Bestanden',
    Failed: 'Fehlgeschlagen',
    photos: 'Fotos',
    proves: 'Das Foto belegt',
    noAnswer: 'Keine bestimmte Antwort',
    angle: 'Seite',
    a_front: 'Vorderseite',
    a_back: 'Rückseite',
    a_side: 'Kante',
    a_screen: 'Bildschirm',
    a_defect: 'Mangel',
    startCamera: 'Webcam starten',
    takePhoto: 'Foto aufnehmen',
    stopCamera: 'Webcam beenden',
    webcam: 'Webcam',
    uploadFile: 'Oder eine Fotodatei hochladen',
    photoFor: 'Foto {n}: {what}, {side}',
    remove: 'Entfernen',
    cameraError: 'Die Webcam konnte nicht gestartet werden: {message}',
    notes: 'Notizen',
    saveInspection: 'Prüfung speichern und Vorschau',
    previewTitle: 'Das sieht die Kundin oder der Kunde',
    previewFrame: 'Vorschau der Kundenseite',
    inspected: 'Prüfung gespeichert: {price} {currency}, Stufe {grade}.',
    send: 'An Kunden senden',
    sent: 'Gesendet: Endpreis {price} {currency}.',
    makeLink: 'Link für Kunden erzeugen',
    openCustomerPage: 'Kundenseite öffnen',
    erasureCertificate: 'Löschzertifikat (PDF)',
    timeline: 'Verlauf',
    notAtBench: 'Dieses Gerät ist nicht am Prüfplatz (Status {status}).',
    back: 'Zurück zu den Warteschlangen',
  },
};
