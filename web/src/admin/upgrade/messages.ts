import type { Catalog } from '../../app/i18n';

type Key =
  | 'title'
  | 'submissions'
  | 'customers'
  | 'status'
  | 'all'
  | 'submission'
  | 'product'
  | 'condition'
  | 'submitted'
  | 'open'
  | 'close'
  | 'none'
  | 'serial'
  | 'description'
  | 'photos'
  | 'photoAlt'
  | 'valuation'
  | 'baseValue'
  | 'modifier'
  | 'suggested'
  | 'offers'
  | 'amount'
  | 'expires'
  | 'notes'
  | 'makeOffer'
  | 'offerAmount'
  | 'offerAmountHint'
  | 'offerExpiry'
  | 'offerExpiryHint'
  | 'offerNotes'
  | 'sendOffer'
  | 'offerSent'
  | 'cannotOffer'
  | 'search'
  | 'searchHint'
  | 'name'
  | 'email'
  | 'phone'
  | 'count'
  | 'since'
  | 'noSubmissions'
  | 'noCustomers'
  | 'total'
  | 's.draft'
  | 's.submitted'
  | 's.offered'
  | 's.accepted'
  | 's.shipped'
  | 's.received'
  | 's.inspected'
  | 's.completed'
  | 's.declined'
  | 'c.excellent'
  | 'c.good'
  | 'c.fair'
  | 'c.poor'
  | 'o.open'
  | 'o.expired'
  | 'o.accepted'
  | 'o.declined'
  | 'o.superseded';

/** Strings of the Upgrade desk (seed 001 admin side). */
export const upgradeMessages: Catalog<Key> = {
  en: {
    title: 'Upgrade desk',
    submissions: 'Submissions',
    customers: 'Customers',
    status: 'Status',
    all: 'All',
    submission: 'Submission',
    product: 'Product',
    condition: 'Condition',
    submitted: 'Submitted',
    open: 'Open',
    close: 'Close',
    none: '–',
    serial: 'Serial number',
    description: 'Description',
    photos: 'Photos',
    photoAlt: 'Photo: {angle}',
    valuation: 'Valuation',
    baseValue: 'Base value',
    modifier: 'Condition modifier',
    suggested: 'Suggested offer',
    offers: 'Offers',
    amount: 'Amount',
    expires: 'Expires',
    notes: 'Notes',
    makeOffer: 'Make an offer',
    offerAmount: 'Amount ({currency})',
    offerAmountHint: 'Suggested from the condition: {amount}',
    offerExpiry: 'Valid until',
    offerExpiryHint: 'Leave empty for the programme’s default validity.',
    offerNotes: 'Notes to the customer',
    sendOffer: 'Send offer',
    offerSent: 'Offer of {amount} sent.',
    cannotOffer: 'An offer can be made on submitted or offered submissions.',
    search: 'Search customers',
    searchHint: 'Name, e-mail, phone, submission id or serial number',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    count: 'Submissions',
    since: 'Customer since',
    noSubmissions: 'No submissions.',
    noCustomers: 'No customers found.',
    total: '{count} in total',
    's.draft': 'Draft',
    's.submitted': 'Submitted',
    's.offered': 'Offered',
    's.accepted': 'Accepted',
    's.shipped': 'Shipped',
    's.received': 'Received',
    's.inspected': 'Inspected',
    's.completed': 'Completed',
    's.declined': 'Declined',
    'c.excellent': 'Excellent',
    'c.good': 'Good',
    'c.fair': 'Fair',
    'c.poor': 'Poor',
    'o.open': 'Open',
    'o.expired': 'Expired',
    'o.accepted': 'Accepted',
    'o.declined': 'Declined',
    'o.superseded': 'Replaced',
  },
  tr: {
    title: 'Upgrade masası',
    submissions: 'Başvurular',
    customers: 'Müşteriler',
    status: 'Durum',
    all: 'Tümü',
    submission: 'Başvuru',
    product: 'Ürün',
    condition: 'Durum derecesi',
    submitted: 'Gönderildi',
    open: 'Aç',
    close: 'Kapat',
    none: '–',
    serial: 'Seri numarası',
    description: 'Açıklama',
    photos: 'Fotoğraflar',
    photoAlt: 'Fotoğraf: {angle}',
    valuation: 'Değerleme',
    baseValue: 'Temel değer',
    modifier: 'Durum katsayısı',
    suggested: 'Önerilen teklif',
    offers: 'Teklifler',
    amount: 'Tutar',
    expires: 'Son geçerlilik',
    notes: 'Notlar',
    makeOffer: 'Teklif ver',
    offerAmount: 'Tutar ({currency})',
    offerAmountHint: 'Duruma göre önerilen: {amount}',
    offerExpiry: 'Geçerlilik sonu',
    offerExpiryHint: 'Programın varsayılan geçerlilik süresi için boş bırakın.',
    offerNotes: 'Müşteriye notlar',
    sendOffer: 'Teklifi gönder',
    offerSent: '{amount} tutarında teklif gönderildi.',
    cannotOffer: 'Teklif yalnızca gönderilmiş veya teklif verilmiş başvurulara yapılabilir.',
    search: 'Müşteri ara',
    searchHint: 'Ad, e-posta, telefon, başvuru numarası veya seri numarası',
    name: 'Ad',
    email: 'E-posta',
    phone: 'Telefon',
    count: 'Başvurular',
    since: 'Müşteri olduğu tarih',
    noSubmissions: 'Başvuru yok.',
    noCustomers: 'Müşteri bulunamadı.',
    total: 'Toplam {count}',
    's.draft': 'Taslak',
    's.submitted': 'Gönderildi',
    's.offered': 'Teklif verildi',
    's.accepted': 'Kabul edildi',
    's.shipped': 'Kargoda',
    's.received': 'Teslim alındı',
    's.inspected': 'İncelendi',
    's.completed': 'Tamamlandı',
    's.declined': 'Reddedildi',
    'c.excellent': 'Mükemmel',
    'c.good': 'İyi',
    'c.fair': 'Orta',
    'c.poor': 'Kötü',
    'o.open': 'Açık',
    'o.expired': 'Süresi doldu',
    'o.accepted': 'Kabul edildi',
    'o.declined': 'Reddedildi',
    'o.superseded': 'Yenisiyle değiştirildi',
  },
  sv: {
    title: 'Upgrade-disk',
    submissions: 'Inlämningar',
    customers: 'Kunder',
    status: 'Status',
    all: 'Alla',
    submission: 'Inlämning',
    product: 'Produkt',
    condition: 'Skick',
    submitted: 'Inlämnad',
    open: 'Öppna',
    close: 'Stäng',
    none: '–',
    serial: 'Serienummer',
    description: 'Beskrivning',
    photos: 'Foton',
    photoAlt: 'Foto: {angle}',
    valuation: 'Värdering',
    baseValue: 'Grundvärde',
    modifier: 'Skickfaktor',
    suggested: 'Föreslaget erbjudande',
    offers: 'Erbjudanden',
    amount: 'Belopp',
    expires: 'Gäller till',
    notes: 'Anteckningar',
    makeOffer: 'Lämna ett erbjudande',
    offerAmount: 'Belopp ({currency})',
    offerAmountHint: 'Föreslaget utifrån skicket: {amount}',
    offerExpiry: 'Giltigt till',
    offerExpiryHint: 'Lämna tomt för programmets standardgiltighet.',
    offerNotes: 'Anteckningar till kunden',
    sendOffer: 'Skicka erbjudandet',
    offerSent: 'Erbjudande på {amount} skickat.',
    cannotOffer: 'Erbjudanden kan lämnas på inlämnade eller redan erbjudna inlämningar.',
    search: 'Sök kunder',
    searchHint: 'Namn, e-post, telefon, inlämnings-id eller serienummer',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    count: 'Inlämningar',
    since: 'Kund sedan',
    noSubmissions: 'Inga inlämningar.',
    noCustomers: 'Inga kunder hittades.',
    total: '{count} totalt',
    's.draft': 'Utkast',
    's.submitted': 'Inlämnad',
    's.offered': 'Erbjuden',
    's.accepted': 'Godkänd',
    's.shipped': 'Skickad',
    's.received': 'Mottagen',
    's.inspected': 'Inspekterad',
    's.completed': 'Klar',
    's.declined': 'Avböjd',
    'c.excellent': 'Utmärkt',
    'c.good': 'Bra',
    'c.fair': 'Godtagbart',
    'c.poor': 'Dåligt',
    'o.open': 'Öppet',
    'o.expired': 'Utgånget',
    'o.accepted': 'Godkänt',
    'o.declined': 'Avböjt',
    'o.superseded': 'Ersatt',
  },
  de: {
    title: 'Upgrade-Schalter',
    submissions: 'Einreichungen',
    customers: 'Kunden',
    status: 'Status',
    all: 'Alle',
    submission: 'Einreichung',
    product: 'Produkt',
    condition: 'Zustand',
    submitted: 'Eingereicht',
    open: 'Öffnen',
    close: 'Schließen',
    none: '–',
    serial: 'Seriennummer',
    description: 'Beschreibung',
    photos: 'Fotos',
    photoAlt: 'Foto: {angle}',
    valuation: 'Bewertung',
    baseValue: 'Grundwert',
    modifier: 'Zustandsfaktor',
    suggested: 'Vorgeschlagenes Angebot',
    offers: 'Angebote',
    amount: 'Betrag',
    expires: 'Gültig bis',
    notes: 'Notizen',
    makeOffer: 'Angebot machen',
    offerAmount: 'Betrag ({currency})',
    offerAmountHint: 'Aus dem Zustand vorgeschlagen: {amount}',
    offerExpiry: 'Gültig bis',
    offerExpiryHint: 'Leer lassen für die Standard-Gültigkeit des Programms.',
    offerNotes: 'Notizen für den Kunden',
    sendOffer: 'Angebot senden',
    offerSent: 'Angebot über {amount} gesendet.',
    cannotOffer: 'Angebote sind nur für eingereichte oder bereits angebotene Einreichungen möglich.',
    search: 'Kunden suchen',
    searchHint: 'Name, E-Mail, Telefon, Einreichungsnummer oder Seriennummer',
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    count: 'Einreichungen',
    since: 'Kunde seit',
    noSubmissions: 'Keine Einreichungen.',
    noCustomers: 'Keine Kunden gefunden.',
    total: '{count} insgesamt',
    's.draft': 'Entwurf',
    's.submitted': 'Eingereicht',
    's.offered': 'Angeboten',
    's.accepted': 'Angenommen',
    's.shipped': 'Versendet',
    's.received': 'Eingegangen',
    's.inspected': 'Geprüft',
    's.completed': 'Abgeschlossen',
    's.declined': 'Abgelehnt',
    'c.excellent': 'Ausgezeichnet',
    'c.good': 'Gut',
    'c.fair': 'Mittel',
    'c.poor': 'Schlecht',
    'o.open': 'Offen',
    'o.expired': 'Abgelaufen',
    'o.accepted': 'Angenommen',
    'o.declined': 'Abgelehnt',
    'o.superseded': 'Ersetzt',
  },
};
