import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';

export const LOCALES = ['en', 'tr', 'sv', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', tr: 'Türkçe', sv: 'Svenska', de: 'Deutsch' };

const en = {
  language: 'Language',
  skip: 'Skip to content',
  offline: 'No connection. We keep what you entered and retry when you are back online.',
  loading: 'Loading…',
  retry: 'Try again',
  back: 'Back',
  next: 'Continue',
  home: 'Trade in',
  myTradeIns: 'My trade-ins',
  signIn: 'Sign in',
  signUp: 'Create account',
  signOut: 'Sign out',
  email: 'E-mail',
  password: 'Password',
  firstName: 'First name',
  lastName: 'Last name',
  haveAccount: 'I have an account',
  noAccount: 'I am new here',
  findTitle: 'What do you want to trade in?',
  searchLabel: 'Search your device',
  searchHint: 'Type at least 3 letters, e.g. “iphone 13 pro”, or the IMEI (dial *#06#)',
  noResults: 'No device found',
  browse: 'Or browse',
  group: 'Device type',
  manufacturer: 'Brand',
  model: 'Model',
  upTo: 'up to {price}',
  storage: 'Storage',
  imeiLabel: 'IMEI',
  imeiHint: '15 digits; dial *#06# to see it',
  imeiBad: 'This IMEI is not valid (check digit).',
  imeiOk: 'IMEI looks valid',
  gradeTitle: 'Condition of your {name}',
  extras: 'Included',
  yourPrice: 'Your price',
  answerAll: 'Answer every question to see your price.',
  validUntil: 'Offer valid until {time}',
  expired: 'This offer has expired.',
  refresh: 'Get a new price',
  breakdown: 'How we got there',
  continueRegister: 'Trade it in',
  registerTitle: 'Register your trade-in',
  fmipLabel: 'I have turned off Find My / Activation Lock',
  fmipOn: 'Find My is turned on',
  fmipOff: 'Find My is turned off',
  findMy: 'Find My (Activation Lock)',
  checking: 'Checking the device…',
  register: 'Register trade-in',
  registered: 'Trade-in {id} is registered',
  pdf: 'Open PDF',
  downloadPdf: 'Download PDF',
  print: 'Print',
  startOver: 'Trade in another device',
  noTradeIns: 'No trade-ins yet.',
  device: 'Device',
  price: 'Price',
  finalPrice: 'Final price',
  status: 'Status',
  created: 'Registered on {date}',
  'step.Registered': 'Registered',
  'step.Shipped': 'Shipped',
  'step.Received': 'Received',
  'step.Valuated': 'Valuated',
  'step.Accepted': 'Accepted',
  'step.Completed': 'Paid out',
  'status.Cancelled': 'Cancelled',
  'status.Temporary': 'Temporary',
  'status.Expired': 'Expired',
  'status.Confirmed': 'Confirmed',
  'status.ReturnRequested': 'Return requested',
  orderTradeIns: 'Trade-ins with orders',
  decisionTitle: 'Your device was valuated',
  offered: 'Offered',
  approve: 'Approve the new price',
  reject: 'Reject and get it back',
  decided: 'Your answer: {decision}',
  'decision.approved': 'approved',
  'decision.rejected': 'rejected',
  noDecision: 'Nothing to decide here.',
  required: 'Required',
  // Point of sale
  store: 'Point of sale',
  storeSignIn: 'Store sign in',
  notAgent: 'This account is not a store account.',
  identify: 'Identify the device',
  scan: 'Scan IMEI with camera',
  stopScan: 'Stop camera',
  scanning: 'Point the camera at the IMEI barcode',
  cameraError: 'The camera could not be started: {message}',
  wedgeHint: 'A handheld scanner works anywhere on this screen.',
  chooseModel: 'Choose the model',
  typeOrSearch: 'Or search by name',
  campaign: 'Campaign',
  noCampaign: 'No campaign',
  diligence: 'Due diligence',
  runChecks: 'Run checks',
  customer: 'Customer',
  private: 'Private',
  corporate: 'Corporate',
  organization: 'Organisation',
  registerFinal: 'Register',
  registerTemp: 'Register as temporary',
  sign: 'Signatures',
  clientSignature: 'Customer signature',
  agentSignature: 'Agent signature',
  clear: 'Clear',
  saveSignatures: 'Save signatures',
  signaturesSaved: 'Signatures saved',
  drawFirst: 'Both signatures are needed.',
  today: "Today's trade-ins",
  cancel: 'Cancel trade-in',
  confirmCancel: 'Cancel trade-in {id}? This cannot be undone.',
  yes: 'Yes, cancel it',
  no: 'Keep it',
  confirmTemp: 'Confirm',
  newTradeIn: 'New trade-in',
  location: 'Location',
  done: 'Done',
  // Mail-in (send by post)
  mailIn: 'Send by post',
  mailInTitle: 'Send your device by post',
  mailInIntro: 'Tell us about your device and photograph it; we send you an offer. Accept it, print the free label and post the device.',
  mailInStart: 'Start a mail-in',
  mailInNone: 'No mail-ins yet.',
  mailInNewTitle: 'Which device do you send?',
  changeDevice: 'Choose another device',
  condition: 'Condition',
  'condition.excellent': 'Excellent – like new',
  'condition.good': 'Good – light signs of use',
  'condition.fair': 'Fair – visible scratches or dents',
  'condition.poor': 'Poor – cracked or faulty',
  serialLabel: 'IMEI or serial number',
  description: 'Anything we should know (optional)',
  createSubmission: 'Continue to photos',
  photos: 'Photos',
  photosHint: 'Take a photo of each side with your phone camera, or choose a picture.',
  'angle.front': 'Front',
  'angle.back': 'Back',
  'angle.screen_on': 'Screen switched on',
  photoOf: 'Photo: {angle}',
  photoTaken: '{angle}: your photo',
  uploading: 'Uploading…',
  missingPhotos: 'Still needed: {angles}',
  submitForOffer: 'Send for an offer',
  submittedNote: 'Thank you! We look at your photos and send you an offer.',
  estimate: 'Estimated offer',
  offerTitle: 'Our offer',
  offerValid: 'Valid until {time}',
  acceptOffer: 'Accept the offer',
  declineOffer: 'Decline',
  declineReason: 'Why not? (optional)',
  confirmDecline: 'Decline the offer',
  offerExpired: 'This offer has expired.',
  labelTitle: 'Shipping label',
  printLabel: 'Print label',
  downloadLabel: 'Download label',
  packingTitle: 'How to pack your device',
  pack1: 'Back up your data, sign out of your accounts and turn off Find My / Activation Lock.',
  pack2: 'Take out SIM and memory cards, then reset the device to factory settings.',
  pack3: 'Wrap the device in bubble wrap and put it in a sturdy box; fill the gaps so it cannot move.',
  pack4: 'Stick the label on the box and hand it to the carrier.',
  history: 'History',
  open: 'Open',
  'mail.draft': 'Draft',
  'mail.submitted': 'Waiting for an offer',
  'mail.offered': 'Offer ready',
  'mail.accepted': 'Accepted – ready to ship',
  'mail.shipped': 'On its way',
  'mail.received': 'Received',
  'mail.inspected': 'Inspected',
  'mail.completed': 'Paid out',
  'mail.declined': 'Declined',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is nothing at this address.',
  notFoundHome: 'Go to the start page',
  // Point of sale: packing
  packing: 'Packing',
  packTitle: 'Put devices in a package',
  packDevices: "Today's registered devices",
  packNone: 'No registered devices to pack.',
  packCreate: 'Put in a package',
  packages: 'Packages',
  packageNone: 'No packages yet.',
  packageId: 'Package',
  shipPackage: 'Ship and make the label',
  devicesCount: '{n} device(s)',
  'package.Open': 'Open',
  'package.Packed': 'Packed',
  'package.Shipped': 'Shipped',
  'package.Delivered': 'Delivered',
  'package.Cancelled': 'Cancelled',
};

type Key = keyof typeof en;
type Messages = Record<Key, string>;

const tr: Messages = {
  ...en,
  language: 'Dil', skip: 'İçeriğe geç', offline: 'Bağlantı yok. Girdiklerinizi saklıyoruz; bağlantı gelince yeniden deneriz.', loading: 'Yükleniyor…', retry: 'Tekrar dene', back: 'Geri', next: 'Devam',
  home: 'Takas', myTradeIns: 'Takaslarım', signIn: 'Giriş yap', signUp: 'Hesap oluştur', signOut: 'Çıkış yap', email: 'E-posta', password: 'Şifre', firstName: 'Ad', lastName: 'Soyad',
  haveAccount: 'Hesabım var', noAccount: 'Yeni üyeyim', findTitle: 'Ne takas etmek istiyorsunuz?', searchLabel: 'Cihazınızı arayın', searchHint: 'En az 3 harf yazın, örn. “iphone 13 pro”, veya IMEI (*#06#)',
  noResults: 'Cihaz bulunamadı', browse: 'Veya göz atın', group: 'Cihaz türü', manufacturer: 'Marka', model: 'Model', upTo: '{price} değerine kadar', storage: 'Depolama',
  imeiHint: '15 hane; görmek için *#06# arayın', imeiBad: 'Bu IMEI geçerli değil (kontrol hanesi).', imeiOk: 'IMEI geçerli görünüyor', gradeTitle: '{name} cihazınızın durumu', extras: 'Dahil olanlar',
  yourPrice: 'Fiyatınız', answerAll: 'Fiyatı görmek için tüm soruları yanıtlayın.', validUntil: 'Teklif {time} tarihine kadar geçerli', expired: 'Bu teklifin süresi doldu.', refresh: 'Yeni fiyat al',
  breakdown: 'Hesaplama', continueRegister: 'Takas et', registerTitle: 'Takasınızı kaydedin', fmipLabel: 'Bul (Find My) / Etkinleştirme Kilidini kapattım', fmipOn: 'Bul açık', fmipOff: 'Bul kapalı',
  findMy: 'Bul (Etkinleştirme Kilidi)', checking: 'Cihaz kontrol ediliyor…', register: 'Takası kaydet', registered: '{id} numaralı takas kaydedildi', pdf: 'PDF aç', downloadPdf: 'PDF indir', print: 'Yazdır',
  startOver: 'Başka bir cihaz takas et', noTradeIns: 'Henüz takas yok.', device: 'Cihaz', price: 'Fiyat', finalPrice: 'Son fiyat', status: 'Durum', created: '{date} tarihinde kaydedildi',
  'step.Registered': 'Kaydedildi', 'step.Shipped': 'Gönderildi', 'step.Received': 'Teslim alındı', 'step.Valuated': 'Değerlendirildi', 'step.Accepted': 'Kabul edildi', 'step.Completed': 'Ödendi',
  'status.Cancelled': 'İptal edildi', 'status.Temporary': 'Geçici', 'status.Expired': 'Süresi doldu', 'status.Confirmed': 'Onaylandı', 'status.ReturnRequested': 'İade istendi',
  orderTradeIns: 'Siparişlerle takaslar', decisionTitle: 'Cihazınız değerlendirildi', offered: 'Teklif', approve: 'Yeni fiyatı onayla', reject: 'Reddet ve geri al', decided: 'Yanıtınız: {decision}',
  'decision.approved': 'onaylandı', 'decision.rejected': 'reddedildi', noDecision: 'Burada karar verilecek bir şey yok.', required: 'Zorunlu',
  store: 'Satış noktası', storeSignIn: 'Mağaza girişi', notAgent: 'Bu hesap bir mağaza hesabı değil.', identify: 'Cihazı tanımlayın', scan: 'IMEI’yi kamerayla tara', stopScan: 'Kamerayı kapat',
  scanning: 'Kamerayı IMEI barkoduna tutun', cameraError: 'Kamera başlatılamadı: {message}', wedgeHint: 'El tarayıcısı bu ekranın her yerinde çalışır.', chooseModel: 'Modeli seçin', typeOrSearch: 'Veya adıyla arayın',
  campaign: 'Kampanya', noCampaign: 'Kampanya yok', diligence: 'Durum tespiti', runChecks: 'Kontrolleri çalıştır', customer: 'Müşteri', private: 'Bireysel', corporate: 'Kurumsal', organization: 'Kurum',
  registerFinal: 'Kaydet', registerTemp: 'Geçici olarak kaydet', sign: 'İmzalar', clientSignature: 'Müşteri imzası', agentSignature: 'Personel imzası', clear: 'Temizle', saveSignatures: 'İmzaları kaydet',
  signaturesSaved: 'İmzalar kaydedildi', drawFirst: 'İki imza da gerekli.', today: 'Bugünkü takaslar', cancel: 'Takası iptal et', confirmCancel: '{id} numaralı takas iptal edilsin mi? Geri alınamaz.',
  yes: 'Evet, iptal et', no: 'Vazgeç', confirmTemp: 'Onayla', newTradeIn: 'Yeni takas', location: 'Konum', done: 'Tamam',
  mailIn: 'Kargoyla gönder', mailInTitle: 'Cihazınızı kargoyla gönderin', mailInIntro: 'Cihazınızı anlatın ve fotoğraflayın; size bir teklif gönderelim. Kabul edin, ücretsiz etiketi yazdırın ve cihazı gönderin.',
  mailInStart: 'Kargoyla gönderim başlat', mailInNone: 'Henüz gönderim yok.', mailInNewTitle: 'Hangi cihazı gönderiyorsunuz?', changeDevice: 'Başka bir cihaz seçin', condition: 'Durum',
  'condition.excellent': 'Mükemmel – yeni gibi', 'condition.good': 'İyi – hafif kullanım izleri', 'condition.fair': 'Orta – görünür çizik veya ezikler', 'condition.poor': 'Kötü – çatlak veya arızalı',
  serialLabel: 'IMEI veya seri numarası', description: 'Bilmemiz gereken bir şey (isteğe bağlı)', createSubmission: 'Fotoğraflara devam et', photos: 'Fotoğraflar',
  photosHint: 'Her yüzün fotoğrafını telefon kameranızla çekin veya bir resim seçin.', 'angle.front': 'Ön', 'angle.back': 'Arka', 'angle.screen_on': 'Ekran açık',
  photoOf: 'Fotoğraf: {angle}', photoTaken: '{angle}: fotoğrafınız', uploading: 'Yükleniyor…', missingPhotos: 'Hâlâ gerekli: {angles}', submitForOffer: 'Teklif için gönder',
  submittedNote: 'Teşekkürler! Fotoğraflarınıza bakıp size bir teklif göndereceğiz.', estimate: 'Tahmini teklif', offerTitle: 'Teklifimiz', offerValid: '{time} tarihine kadar geçerli',
  acceptOffer: 'Teklifi kabul et', declineOffer: 'Reddet', declineReason: 'Neden? (isteğe bağlı)', confirmDecline: 'Teklifi reddet', offerExpired: 'Bu teklifin süresi doldu.',
  labelTitle: 'Kargo etiketi', printLabel: 'Etiketi yazdır', downloadLabel: 'Etiketi indir', packingTitle: 'Cihazınızı nasıl paketlersiniz',
  pack1: 'Verilerinizi yedekleyin, hesaplarınızdan çıkış yapın ve Bul / Etkinleştirme Kilidini kapatın.', pack2: 'SIM ve hafıza kartlarını çıkarın, ardından cihazı fabrika ayarlarına sıfırlayın.',
  pack3: 'Cihazı balonlu naylona sarın ve sağlam bir kutuya koyun; hareket etmemesi için boşlukları doldurun.', pack4: 'Etiketi kutuya yapıştırın ve kargo firmasına teslim edin.',
  history: 'Geçmiş', open: 'Aç', 'mail.draft': 'Taslak', 'mail.submitted': 'Teklif bekleniyor', 'mail.offered': 'Teklif hazır', 'mail.accepted': 'Kabul edildi – gönderime hazır',
  'mail.shipped': 'Yolda', 'mail.received': 'Teslim alındı', 'mail.inspected': 'İncelendi', 'mail.completed': 'Ödendi', 'mail.declined': 'Reddedildi',
  notFoundTitle: 'Sayfa bulunamadı', notFoundText: 'Bu adreste bir şey yok.', notFoundHome: 'Ana sayfaya git',
  packing: 'Paketleme', packTitle: 'Cihazları pakete koyun', packDevices: 'Bugün kaydedilen cihazlar', packNone: 'Paketlenecek kayıtlı cihaz yok.', packCreate: 'Pakete koy',
  packages: 'Paketler', packageNone: 'Henüz paket yok.', packageId: 'Paket', shipPackage: 'Gönder ve etiketi oluştur', devicesCount: '{n} cihaz',
  'package.Open': 'Açık', 'package.Packed': 'Paketlendi', 'package.Shipped': 'Gönderildi', 'package.Delivered': 'Teslim edildi', 'package.Cancelled': 'İptal edildi',
};

const sv: Messages = {
  ...en,
  language: 'Språk', skip: 'Hoppa till innehållet', offline: 'Ingen anslutning. Vi sparar det du fyllt i och försöker igen när du är online.', loading: 'Laddar…', retry: 'Försök igen', back: 'Tillbaka', next: 'Fortsätt',
  home: 'Byt in', myTradeIns: 'Mina inbyten', signIn: 'Logga in', signUp: 'Skapa konto', signOut: 'Logga ut', email: 'E-post', password: 'Lösenord', firstName: 'Förnamn', lastName: 'Efternamn',
  haveAccount: 'Jag har ett konto', noAccount: 'Jag är ny här', findTitle: 'Vad vill du byta in?', searchLabel: 'Sök din enhet', searchHint: 'Skriv minst 3 tecken, t.ex. ”iphone 13 pro”, eller IMEI (ring *#06#)',
  noResults: 'Ingen enhet hittades', browse: 'Eller bläddra', group: 'Enhetstyp', manufacturer: 'Märke', model: 'Modell', upTo: 'upp till {price}', storage: 'Lagring',
  imeiHint: '15 siffror; ring *#06# för att se den', imeiBad: 'IMEI-numret är inte giltigt (kontrollsiffra).', imeiOk: 'IMEI ser giltigt ut', gradeTitle: 'Skicket på din {name}', extras: 'Medföljer',
  yourPrice: 'Ditt pris', answerAll: 'Svara på alla frågor för att se ditt pris.', validUntil: 'Erbjudandet gäller till {time}', expired: 'Erbjudandet har gått ut.', refresh: 'Hämta nytt pris',
  breakdown: 'Så räknade vi', continueRegister: 'Byt in den', registerTitle: 'Registrera ditt inbyte', fmipLabel: 'Jag har stängt av Hitta min / Aktiveringslås', fmipOn: 'Hitta min är på', fmipOff: 'Hitta min är av',
  findMy: 'Hitta min (aktiveringslås)', checking: 'Kontrollerar enheten…', register: 'Registrera inbyte', registered: 'Inbyte {id} är registrerat', pdf: 'Öppna PDF', downloadPdf: 'Ladda ner PDF', print: 'Skriv ut',
  startOver: 'Byt in en till enhet', noTradeIns: 'Inga inbyten ännu.', device: 'Enhet', price: 'Pris', finalPrice: 'Slutpris', status: 'Status', created: 'Registrerad {date}',
  'step.Registered': 'Registrerad', 'step.Shipped': 'Skickad', 'step.Received': 'Mottagen', 'step.Valuated': 'Värderad', 'step.Accepted': 'Godkänd', 'step.Completed': 'Utbetald',
  'status.Cancelled': 'Avbruten', 'status.Temporary': 'Tillfällig', 'status.Expired': 'Utgången', 'status.Confirmed': 'Bekräftad', 'status.ReturnRequested': 'Retur begärd',
  orderTradeIns: 'Inbyten med beställningar', decisionTitle: 'Din enhet har värderats', offered: 'Erbjudet', approve: 'Godkänn det nya priset', reject: 'Avböj och få tillbaka den', decided: 'Ditt svar: {decision}',
  'decision.approved': 'godkänt', 'decision.rejected': 'avböjt', noDecision: 'Inget att besluta här.', required: 'Obligatoriskt',
  store: 'Kassa', storeSignIn: 'Butiksinloggning', notAgent: 'Kontot är inget butikskonto.', identify: 'Identifiera enheten', scan: 'Skanna IMEI med kameran', stopScan: 'Stäng kameran',
  scanning: 'Rikta kameran mot IMEI-streckkoden', cameraError: 'Kameran kunde inte startas: {message}', wedgeHint: 'En handskanner fungerar var som helst på skärmen.', chooseModel: 'Välj modell', typeOrSearch: 'Eller sök på namn',
  campaign: 'Kampanj', noCampaign: 'Ingen kampanj', diligence: 'Kontroll', runChecks: 'Kör kontroller', customer: 'Kund', private: 'Privat', corporate: 'Företag', organization: 'Organisation',
  registerFinal: 'Registrera', registerTemp: 'Registrera som tillfälligt', sign: 'Underskrifter', clientSignature: 'Kundens underskrift', agentSignature: 'Säljarens underskrift', clear: 'Rensa', saveSignatures: 'Spara underskrifter',
  signaturesSaved: 'Underskrifterna sparade', drawFirst: 'Båda underskrifterna behövs.', today: 'Dagens inbyten', cancel: 'Avbryt inbyte', confirmCancel: 'Avbryta inbyte {id}? Det kan inte ångras.',
  yes: 'Ja, avbryt', no: 'Behåll', confirmTemp: 'Bekräfta', newTradeIn: 'Nytt inbyte', location: 'Plats', done: 'Klart',
  mailIn: 'Skicka med post', mailInTitle: 'Skicka din enhet med post', mailInIntro: 'Berätta om din enhet och fotografera den; vi skickar ett erbjudande. Acceptera det, skriv ut den kostnadsfria etiketten och posta enheten.',
  mailInStart: 'Starta en postinlämning', mailInNone: 'Inga postinlämningar än.', mailInNewTitle: 'Vilken enhet skickar du?', changeDevice: 'Välj en annan enhet', condition: 'Skick',
  'condition.excellent': 'Utmärkt – som ny', 'condition.good': 'Bra – lätta bruksspår', 'condition.fair': 'Okej – synliga repor eller bucklor', 'condition.poor': 'Dåligt – sprucken eller trasig',
  serialLabel: 'IMEI eller serienummer', description: 'Något vi bör veta (valfritt)', createSubmission: 'Fortsätt till foton', photos: 'Foton',
  photosHint: 'Fotografera varje sida med mobilens kamera, eller välj en bild.', 'angle.front': 'Framsida', 'angle.back': 'Baksida', 'angle.screen_on': 'Skärmen påslagen',
  photoOf: 'Foto: {angle}', photoTaken: '{angle}: ditt foto', uploading: 'Laddar upp…', missingPhotos: 'Behövs fortfarande: {angles}', submitForOffer: 'Skicka för erbjudande',
  submittedNote: 'Tack! Vi tittar på dina foton och skickar ett erbjudande.', estimate: 'Uppskattat erbjudande', offerTitle: 'Vårt erbjudande', offerValid: 'Gäller till {time}',
  acceptOffer: 'Acceptera erbjudandet', declineOffer: 'Avböj', declineReason: 'Varför inte? (valfritt)', confirmDecline: 'Avböj erbjudandet', offerExpired: 'Erbjudandet har gått ut.',
  labelTitle: 'Fraktetikett', printLabel: 'Skriv ut etikett', downloadLabel: 'Ladda ner etikett', packingTitle: 'Så packar du enheten',
  pack1: 'Säkerhetskopiera dina data, logga ut från dina konton och stäng av Hitta min / Aktiveringslås.', pack2: 'Ta ut SIM- och minneskort och återställ enheten till fabriksinställningar.',
  pack3: 'Linda in enheten i bubbelplast och lägg den i en stadig låda; fyll ut så att den inte kan röra sig.', pack4: 'Sätt etiketten på lådan och lämna den till fraktbolaget.',
  history: 'Historik', open: 'Öppna', 'mail.draft': 'Utkast', 'mail.submitted': 'Väntar på erbjudande', 'mail.offered': 'Erbjudande klart', 'mail.accepted': 'Accepterat – redo att skickas',
  'mail.shipped': 'På väg', 'mail.received': 'Mottagen', 'mail.inspected': 'Kontrollerad', 'mail.completed': 'Utbetald', 'mail.declined': 'Avböjd',
  notFoundTitle: 'Sidan hittades inte', notFoundText: 'Det finns inget på den här adressen.', notFoundHome: 'Gå till startsidan',
  packing: 'Packning', packTitle: 'Lägg enheter i ett paket', packDevices: 'Dagens registrerade enheter', packNone: 'Inga registrerade enheter att packa.', packCreate: 'Lägg i ett paket',
  packages: 'Paket', packageNone: 'Inga paket än.', packageId: 'Paket', shipPackage: 'Skicka och skapa etikett', devicesCount: '{n} enhet(er)',
  'package.Open': 'Öppet', 'package.Packed': 'Packat', 'package.Shipped': 'Skickat', 'package.Delivered': 'Levererat', 'package.Cancelled': 'Avbrutet',
};

const de: Messages = {
  ...en,
  language: 'Sprache', skip: 'Zum Inhalt springen', offline: 'Keine Verbindung. Ihre Eingaben bleiben erhalten; wir versuchen es erneut, sobald Sie online sind.', loading: 'Wird geladen…', retry: 'Erneut versuchen', back: 'Zurück', next: 'Weiter',
  home: 'Ankauf', myTradeIns: 'Meine Ankäufe', signIn: 'Anmelden', signUp: 'Konto anlegen', signOut: 'Abmelden', email: 'E-Mail', password: 'Passwort', firstName: 'Vorname', lastName: 'Nachname',
  haveAccount: 'Ich habe ein Konto', noAccount: 'Ich bin neu hier', findTitle: 'Was möchten Sie verkaufen?', searchLabel: 'Gerät suchen', searchHint: 'Mindestens 3 Zeichen, z. B. „iphone 13 pro“, oder die IMEI (*#06# wählen)',
  noResults: 'Kein Gerät gefunden', browse: 'Oder stöbern', group: 'Geräteart', manufacturer: 'Marke', model: 'Modell', upTo: 'bis zu {price}', storage: 'Speicher',
  imeiHint: '15 Ziffern; *#06# wählen, um sie zu sehen', imeiBad: 'Diese IMEI ist ungültig (Prüfziffer).', imeiOk: 'IMEI scheint gültig', gradeTitle: 'Zustand Ihres {name}', extras: 'Im Lieferumfang',
  yourPrice: 'Ihr Preis', answerAll: 'Beantworten Sie alle Fragen, um Ihren Preis zu sehen.', validUntil: 'Angebot gültig bis {time}', expired: 'Dieses Angebot ist abgelaufen.', refresh: 'Neuen Preis holen',
  breakdown: 'So setzt er sich zusammen', continueRegister: 'Jetzt verkaufen', registerTitle: 'Ankauf registrieren', fmipLabel: 'Ich habe „Wo ist?“ / die Aktivierungssperre ausgeschaltet', fmipOn: '„Wo ist?“ ist an', fmipOff: '„Wo ist?“ ist aus',
  findMy: '„Wo ist?“ (Aktivierungssperre)', checking: 'Gerät wird geprüft…', register: 'Ankauf registrieren', registered: 'Ankauf {id} ist registriert', pdf: 'PDF öffnen', downloadPdf: 'PDF herunterladen', print: 'Drucken',
  startOver: 'Weiteres Gerät verkaufen', noTradeIns: 'Noch keine Ankäufe.', device: 'Gerät', price: 'Preis', finalPrice: 'Endpreis', status: 'Status', created: 'Registriert am {date}',
  'step.Registered': 'Registriert', 'step.Shipped': 'Versendet', 'step.Received': 'Eingegangen', 'step.Valuated': 'Bewertet', 'step.Accepted': 'Angenommen', 'step.Completed': 'Ausgezahlt',
  'status.Cancelled': 'Storniert', 'status.Temporary': 'Vorläufig', 'status.Expired': 'Abgelaufen', 'status.Confirmed': 'Bestätigt', 'status.ReturnRequested': 'Rücksendung angefordert',
  orderTradeIns: 'Ankäufe zu Bestellungen', decisionTitle: 'Ihr Gerät wurde bewertet', offered: 'Angeboten', approve: 'Neuen Preis annehmen', reject: 'Ablehnen und zurückerhalten', decided: 'Ihre Antwort: {decision}',
  'decision.approved': 'angenommen', 'decision.rejected': 'abgelehnt', noDecision: 'Hier gibt es nichts zu entscheiden.', required: 'Pflichtfeld',
  store: 'Kasse', storeSignIn: 'Filial-Anmeldung', notAgent: 'Dieses Konto ist kein Filialkonto.', identify: 'Gerät erkennen', scan: 'IMEI mit der Kamera scannen', stopScan: 'Kamera aus',
  scanning: 'Kamera auf den IMEI-Barcode richten', cameraError: 'Die Kamera konnte nicht starten: {message}', wedgeHint: 'Ein Handscanner funktioniert überall auf diesem Bildschirm.', chooseModel: 'Modell wählen', typeOrSearch: 'Oder nach Namen suchen',
  campaign: 'Aktion', noCampaign: 'Keine Aktion', diligence: 'Prüfung', runChecks: 'Prüfen', customer: 'Kunde', private: 'Privat', corporate: 'Firma', organization: 'Firma',
  registerFinal: 'Registrieren', registerTemp: 'Vorläufig registrieren', sign: 'Unterschriften', clientSignature: 'Unterschrift Kunde', agentSignature: 'Unterschrift Mitarbeiter', clear: 'Löschen', saveSignatures: 'Unterschriften speichern',
  signaturesSaved: 'Unterschriften gespeichert', drawFirst: 'Beide Unterschriften sind nötig.', today: 'Heutige Ankäufe', cancel: 'Ankauf stornieren', confirmCancel: 'Ankauf {id} stornieren? Das kann nicht rückgängig gemacht werden.',
  yes: 'Ja, stornieren', no: 'Behalten', confirmTemp: 'Bestätigen', newTradeIn: 'Neuer Ankauf', location: 'Standort', done: 'Fertig',
  mailIn: 'Per Post senden', mailInTitle: 'Gerät per Post senden', mailInIntro: 'Beschreiben und fotografieren Sie Ihr Gerät; wir schicken Ihnen ein Angebot. Nehmen Sie es an, drucken Sie das kostenlose Etikett und schicken Sie das Gerät ab.',
  mailInStart: 'Einsendung starten', mailInNone: 'Noch keine Einsendungen.', mailInNewTitle: 'Welches Gerät senden Sie?', changeDevice: 'Anderes Gerät wählen', condition: 'Zustand',
  'condition.excellent': 'Sehr gut – wie neu', 'condition.good': 'Gut – leichte Gebrauchsspuren', 'condition.fair': 'Mittel – sichtbare Kratzer oder Dellen', 'condition.poor': 'Schlecht – gesprungen oder defekt',
  serialLabel: 'IMEI oder Seriennummer', description: 'Was wir wissen sollten (optional)', createSubmission: 'Weiter zu den Fotos', photos: 'Fotos',
  photosHint: 'Fotografieren Sie jede Seite mit der Handykamera oder wählen Sie ein Bild.', 'angle.front': 'Vorderseite', 'angle.back': 'Rückseite', 'angle.screen_on': 'Bildschirm eingeschaltet',
  photoOf: 'Foto: {angle}', photoTaken: '{angle}: Ihr Foto', uploading: 'Wird hochgeladen…', missingPhotos: 'Noch nötig: {angles}', submitForOffer: 'Für ein Angebot senden',
  submittedNote: 'Danke! Wir sehen uns Ihre Fotos an und schicken Ihnen ein Angebot.', estimate: 'Geschätztes Angebot', offerTitle: 'Unser Angebot', offerValid: 'Gültig bis {time}',
  acceptOffer: 'Angebot annehmen', declineOffer: 'Ablehnen', declineReason: 'Warum nicht? (optional)', confirmDecline: 'Angebot ablehnen', offerExpired: 'Dieses Angebot ist abgelaufen.',
  labelTitle: 'Versandetikett', printLabel: 'Etikett drucken', downloadLabel: 'Etikett herunterladen', packingTitle: 'So verpacken Sie Ihr Gerät',
  pack1: 'Sichern Sie Ihre Daten, melden Sie sich von Ihren Konten ab und schalten Sie „Wo ist?“ / die Aktivierungssperre aus.', pack2: 'Entnehmen Sie SIM- und Speicherkarten und setzen Sie das Gerät auf Werkseinstellungen zurück.',
  pack3: 'Wickeln Sie das Gerät in Luftpolsterfolie und legen Sie es in einen stabilen Karton; füllen Sie Lücken, damit es nicht verrutscht.', pack4: 'Kleben Sie das Etikett auf den Karton und geben Sie ihn beim Versanddienst ab.',
  history: 'Verlauf', open: 'Öffnen', 'mail.draft': 'Entwurf', 'mail.submitted': 'Wartet auf ein Angebot', 'mail.offered': 'Angebot liegt vor', 'mail.accepted': 'Angenommen – versandbereit',
  'mail.shipped': 'Unterwegs', 'mail.received': 'Eingegangen', 'mail.inspected': 'Geprüft', 'mail.completed': 'Ausgezahlt', 'mail.declined': 'Abgelehnt',
  notFoundTitle: 'Seite nicht gefunden', notFoundText: 'Unter dieser Adresse gibt es nichts.', notFoundHome: 'Zur Startseite',
  packing: 'Verpacken', packTitle: 'Geräte in ein Paket legen', packDevices: 'Heute registrierte Geräte', packNone: 'Keine registrierten Geräte zum Verpacken.', packCreate: 'In ein Paket legen',
  packages: 'Pakete', packageNone: 'Noch keine Pakete.', packageId: 'Paket', shipPackage: 'Versenden und Etikett erstellen', devicesCount: '{n} Gerät(e)',
  'package.Open': 'Offen', 'package.Packed': 'Gepackt', 'package.Shipped': 'Versendet', 'package.Delivered': 'Zugestellt', 'package.Cancelled': 'Storniert',
};

const MESSAGES: Record<Locale, Messages> = { en, tr, sv, de };

export type T = (key: Key, params?: Record<string, string | number>) => string;

function browserLocale(): Locale {
  const saved = localStorage.getItem('tradein.locale');
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const l of navigator.languages ?? [navigator.language]) {
    const short = l.slice(0, 2).toLowerCase();
    if ((LOCALES as readonly string[]).includes(short)) return short as Locale;
  }
  return 'en';
}

interface I18n {
  locale: Locale;
  setLocale(l: Locale): void;
  t: T;
  money(amount: number, currency: string): string;
  date(iso: string, withTime?: boolean): string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(browserLocale);
  setApiLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[locale];
    return {
      locale,
      setLocale(l) {
        localStorage.setItem('tradein.locale', l);
        setApiLanguage(l);
        setLocaleState(l);
      },
      t: (key, params) => (messages[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? '')),
      money: (amount, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
      date: (iso, withTime = false) =>
        new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(new Date(iso)),
    };
  }, [locale]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('I18nProvider missing');
  return v;
}

/**
 * The messages of one area of the app (e.g. a back-office screen), kept beside it: English and
 * every other locale, each complete — a missing key is a type error.
 */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

/** `t` for an area's own {@link Catalog}, in the chosen locale. */
export function useMessages<K extends string>(catalog: Catalog<K>): (key: K, params?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return useCallback(
    (key: K, params?: Record<string, string | number>) =>
      (catalog[locale][key] ?? catalog.en[key] ?? key).replace(/\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? '')),
    [catalog, locale],
  );
}
