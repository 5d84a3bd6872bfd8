import type { Catalog } from '../../app/i18n';

type Key =
  | 'title'
  | 'period'
  | 'from'
  | 'to'
  | 'show'
  | 'csv'
  | 'csvFailed'
  | 'empty'
  | 'kpiTradeIns'
  | 'kpiDevices'
  | 'kpiOffered'
  | 'kpiPaid'
  | 'kpiUptake'
  | 'perDay'
  | 'perStore'
  | 'values'
  | 'funnel'
  | 'adjustments'
  | 'campaigns'
  | 'table'
  | 'day'
  | 'store'
  | 'tradeIns'
  | 'devices'
  | 'offered'
  | 'paid'
  | 'step'
  | 'avgTime'
  | 'medianTime'
  | 'by'
  | 'byStore'
  | 'byAgent'
  | 'byModel'
  | 'adjusted'
  | 'rate'
  | 'avgAdjustment'
  | 'topQuestions'
  | 'campaign'
  | 'share'
  | 'noStore'
  | 'unknown'
  | 'noCampaigns'
  | 'st.Registered'
  | 'st.Shipped'
  | 'st.Received'
  | 'st.Inspected'
  | 'st.Valuated'
  | 'st.Accepted'
  | 'st.Completed'
  | 'st.Temporary'
  | 'st.Packed'
  | 'st.Withheld'
  | 'st.Missing'
  | 'st.Fraud'
  | 'st.ReturnRequested'
  | 'st.Returned'
  | 'st.Cancelled'
  | 'st.Expired'
  | 'now'
  | 'status';

/** Strings of the dashboard area. */
export const dashboardMessages: Catalog<Key> = {
  en: {
    title: 'Dashboard',
    period: 'Period',
    from: 'From',
    to: 'To',
    show: 'Show',
    csv: 'Download CSV',
    csvFailed: 'The CSV could not be downloaded.',
    empty: 'No data in this period.',
    kpiTradeIns: 'Trade-ins',
    kpiDevices: 'Devices',
    kpiOffered: 'Offered',
    kpiPaid: 'Paid out',
    kpiUptake: 'Campaign uptake',
    perDay: 'Trade-ins per day',
    perStore: 'Trade-ins per store',
    values: 'Value offered vs paid ({currency})',
    funnel: 'Status funnel and time per step',
    adjustments: 'Adjustment rate and the questions that change most',
    campaigns: 'Campaign uptake',
    table: 'Show the numbers as a table',
    day: 'Day',
    store: 'Store',
    tradeIns: 'Trade-ins',
    devices: 'Devices',
    offered: 'Offered',
    paid: 'Paid',
    step: 'Step',
    avgTime: 'Average time from the step before',
    medianTime: 'Median time',
    by: 'Group by',
    byStore: 'Store',
    byAgent: 'Agent',
    byModel: 'Model',
    adjusted: 'Adjusted',
    rate: 'Adjustment rate',
    avgAdjustment: 'Average adjustment',
    topQuestions: 'Questions that change most',
    campaign: 'Campaign',
    share: 'Share of devices',
    noStore: 'No store',
    unknown: 'Unknown',
    noCampaigns: 'No device used a campaign in this period.',
    'st.Registered': 'Registered',
    'st.Shipped': 'Shipped',
    'st.Received': 'Received',
    'st.Inspected': 'Inspected',
    'st.Valuated': 'Valuated',
    'st.Accepted': 'Accepted',
    'st.Completed': 'Paid out',
    'st.Temporary': 'Temporary',
    'st.Packed': 'Packed',
    'st.Withheld': 'Withheld',
    'st.Missing': 'Missing',
    'st.Fraud': 'Fraud',
    'st.ReturnRequested': 'Return requested',
    'st.Returned': 'Returned',
    'st.Cancelled': 'Cancelled',
    'st.Expired': 'Expired',
    now: 'Devices by current status',
    status: 'Status',
  },
  tr: {
    title: 'Gösterge paneli',
    period: 'Dönem',
    from: 'Başlangıç',
    to: 'Bitiş',
    show: 'Göster',
    csv: 'CSV indir',
    csvFailed: 'CSV indirilemedi.',
    empty: 'Bu dönemde veri yok.',
    kpiTradeIns: 'Takaslar',
    kpiDevices: 'Cihazlar',
    kpiOffered: 'Teklif edilen',
    kpiPaid: 'Ödenen',
    kpiUptake: 'Kampanya kullanımı',
    perDay: 'Günlük takaslar',
    perStore: 'Mağaza başına takaslar',
    values: 'Teklif edilen ve ödenen değer ({currency})',
    funnel: 'Durum hunisi ve adım başına süre',
    adjustments: 'Düzeltme oranı ve en çok değişen sorular',
    campaigns: 'Kampanya kullanımı',
    table: 'Sayıları tablo olarak göster',
    day: 'Gün',
    store: 'Mağaza',
    tradeIns: 'Takaslar',
    devices: 'Cihazlar',
    offered: 'Teklif edilen',
    paid: 'Ödenen',
    step: 'Adım',
    avgTime: 'Önceki adımdan ortalama süre',
    medianTime: 'Medyan süre',
    by: 'Gruplama',
    byStore: 'Mağaza',
    byAgent: 'Personel',
    byModel: 'Model',
    adjusted: 'Düzeltilen',
    rate: 'Düzeltme oranı',
    avgAdjustment: 'Ortalama düzeltme',
    topQuestions: 'En çok değişen sorular',
    campaign: 'Kampanya',
    share: 'Cihaz payı',
    noStore: 'Mağaza yok',
    unknown: 'Bilinmiyor',
    noCampaigns: 'Bu dönemde hiçbir cihaz kampanya kullanmadı.',
    'st.Registered': 'Kaydedildi',
    'st.Shipped': 'Gönderildi',
    'st.Received': 'Teslim alındı',
    'st.Inspected': 'İncelendi',
    'st.Valuated': 'Değerlendirildi',
    'st.Accepted': 'Kabul edildi',
    'st.Completed': 'Ödendi',
    'st.Temporary': 'Geçici',
    'st.Packed': 'Paketlendi',
    'st.Withheld': 'Bekletiliyor',
    'st.Missing': 'Kayıp',
    'st.Fraud': 'Sahtecilik',
    'st.ReturnRequested': 'İade istendi',
    'st.Returned': 'İade edildi',
    'st.Cancelled': 'İptal edildi',
    'st.Expired': 'Süresi doldu',
    now: 'Güncel duruma göre cihazlar',
    status: 'Durum',
  },
  sv: {
    title: 'Översikt',
    period: 'Period',
    from: 'Från',
    to: 'Till',
    show: 'Visa',
    csv: 'Ladda ner CSV',
    csvFailed: 'CSV-filen kunde inte laddas ner.',
    empty: 'Inga data under perioden.',
    kpiTradeIns: 'Inbyten',
    kpiDevices: 'Enheter',
    kpiOffered: 'Erbjudet',
    kpiPaid: 'Utbetalt',
    kpiUptake: 'Kampanjandel',
    perDay: 'Inbyten per dag',
    perStore: 'Inbyten per butik',
    values: 'Erbjudet och utbetalt värde ({currency})',
    funnel: 'Statustratt och tid per steg',
    adjustments: 'Justeringsgrad och frågorna som ändras mest',
    campaigns: 'Kampanjandel',
    table: 'Visa siffrorna som tabell',
    day: 'Dag',
    store: 'Butik',
    tradeIns: 'Inbyten',
    devices: 'Enheter',
    offered: 'Erbjudet',
    paid: 'Utbetalt',
    step: 'Steg',
    avgTime: 'Genomsnittlig tid från föregående steg',
    medianTime: 'Mediantid',
    by: 'Gruppera efter',
    byStore: 'Butik',
    byAgent: 'Säljare',
    byModel: 'Modell',
    adjusted: 'Justerade',
    rate: 'Justeringsgrad',
    avgAdjustment: 'Genomsnittlig justering',
    topQuestions: 'Frågor som ändras mest',
    campaign: 'Kampanj',
    share: 'Andel av enheterna',
    noStore: 'Ingen butik',
    unknown: 'Okänd',
    noCampaigns: 'Ingen enhet använde en kampanj under perioden.',
    'st.Registered': 'Registrerad',
    'st.Shipped': 'Skickad',
    'st.Received': 'Mottagen',
    'st.Inspected': 'Inspekterad',
    'st.Valuated': 'Värderad',
    'st.Accepted': 'Godkänd',
    'st.Completed': 'Utbetald',
    'st.Temporary': 'Tillfällig',
    'st.Packed': 'Packad',
    'st.Withheld': 'Kvarhållen',
    'st.Missing': 'Saknas',
    'st.Fraud': 'Bedrägeri',
    'st.ReturnRequested': 'Retur begärd',
    'st.Returned': 'Returnerad',
    'st.Cancelled': 'Avbruten',
    'st.Expired': 'Utgången',
    now: 'Enheter efter nuvarande status',
    status: 'Status',
  },
  de: {
    title: 'Übersicht',
    period: 'Zeitraum',
    from: 'Von',
    to: 'Bis',
    show: 'Anzeigen',
    csv: 'CSV herunterladen',
    csvFailed: 'Die CSV-Datei konnte nicht heruntergeladen werden.',
    empty: 'Keine Daten in diesem Zeitraum.',
    kpiTradeIns: 'Ankäufe',
    kpiDevices: 'Geräte',
    kpiOffered: 'Angeboten',
    kpiPaid: 'Ausgezahlt',
    kpiUptake: 'Aktionsanteil',
    perDay: 'Ankäufe pro Tag',
    perStore: 'Ankäufe pro Filiale',
    values: 'Angebotener und ausgezahlter Wert ({currency})',
    funnel: 'Statustrichter und Zeit pro Schritt',
    adjustments: 'Korrekturquote und die am häufigsten geänderten Fragen',
    campaigns: 'Aktionsanteil',
    table: 'Zahlen als Tabelle anzeigen',
    day: 'Tag',
    store: 'Filiale',
    tradeIns: 'Ankäufe',
    devices: 'Geräte',
    offered: 'Angeboten',
    paid: 'Ausgezahlt',
    step: 'Schritt',
    avgTime: 'Durchschnittliche Zeit seit dem vorigen Schritt',
    medianTime: 'Median',
    by: 'Gruppieren nach',
    byStore: 'Filiale',
    byAgent: 'Mitarbeiter',
    byModel: 'Modell',
    adjusted: 'Korrigiert',
    rate: 'Korrekturquote',
    avgAdjustment: 'Durchschnittliche Korrektur',
    topQuestions: 'Am häufigsten geänderte Fragen',
    campaign: 'Aktion',
    share: 'Anteil der Geräte',
    noStore: 'Keine Filiale',
    unknown: 'Unbekannt',
    noCampaigns: 'In diesem Zeitraum hat kein Gerät eine Aktion genutzt.',
    'st.Registered': 'Registriert',
    'st.Shipped': 'Versendet',
    'st.Received': 'Eingegangen',
    'st.Inspected': 'Geprüft',
    'st.Valuated': 'Bewertet',
    'st.Accepted': 'Angenommen',
    'st.Completed': 'Ausgezahlt',
    'st.Temporary': 'Vorläufig',
    'st.Packed': 'Verpackt',
    'st.Withheld': 'Zurückgehalten',
    'st.Missing': 'Fehlt',
    'st.Fraud': 'Betrug',
    'st.ReturnRequested': 'Rücksendung angefordert',
    'st.Returned': 'Zurückgesandt',
    'st.Cancelled': 'Storniert',
    'st.Expired': 'Abgelaufen',
    now: 'Geräte nach aktuellem Status',
    status: 'Status',
  },
};
