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
