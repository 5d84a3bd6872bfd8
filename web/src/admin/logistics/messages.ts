import type { Catalog } from '../../app/i18n';

/** Strings of the logistics desk (packing, packages, shipments, labels), complete in every locale. */
export const logisticsMessages: Catalog<
  | 'title'
  | 'location'
  | 'toPack'
  | 'pack'
  | 'openPackages'
  | 'ship'
  | 'cancelPackage'
  | 'shipments'
  | 'printLabel'
  | 'reprint'
  | 'cancelLabel'
  | 'history'
  | 'openPdf'
  | 'select'
  | 'none'
  | 'device'
  | 'package'
  | 'shipment'
  | 'status'
  | 'devices'
  | 'actions'
  | 'packed'
  | 'shipped'
> = {
  en: {
    title: 'Logistics',
    location: 'Location',
    toPack: 'End of day: devices to pack',
    pack: 'Pack selected devices',
    openPackages: 'Open packages',
    ship: 'Ship selected packages',
    cancelPackage: 'Cancel package',
    shipments: 'Shipments',
    printLabel: 'Print label',
    reprint: 'Re-print',
    cancelLabel: 'Cancel label',
    history: 'Status history',
    openPdf: 'Open the label (PDF)',
    select: 'Select {name}',
    none: 'Nothing here.',
    device: 'Device',
    package: 'Package',
    shipment: 'Shipment',
    status: 'Status',
    devices: 'Devices',
    actions: 'Actions',
    packed: 'Package {name} created.',
    shipped: 'Shipment {name} created.',
  },
  tr: {
    title: 'Lojistik',
    location: 'Konum',
    toPack: 'Gün sonu: paketlenecek cihazlar',
    pack: 'Seçili cihazları paketle',
    openPackages: 'Açık paketler',
    ship: 'Seçili paketleri gönder',
    cancelPackage: 'Paketi iptal et',
    shipments: 'Gönderiler',
    printLabel: 'Etiketi yazdır',
    reprint: 'Yeniden yazdır',
    cancelLabel: 'Etiketi iptal et',
    history: 'Durum geçmişi',
    openPdf: 'Etiketi aç (PDF)',
    select: '{name} seç',
    none: 'Burada bir şey yok.',
    device: 'Cihaz',
    package: 'Paket',
    shipment: 'Gönderi',
    status: 'Durum',
    devices: 'Cihazlar',
    actions: 'İşlemler',
    packed: '{name} paketi oluşturuldu.',
    shipped: '{name} gönderisi oluşturuldu.',
  },
  sv: {
    title: 'Logistik',
    location: 'Plats',
    toPack: 'Dagens slut: enheter att packa',
    pack: 'Packa valda enheter',
    openPackages: 'Öppna paket',
    ship: 'Skicka valda paket',
    cancelPackage: 'Avbryt paketet',
    shipments: 'Försändelser',
    printLabel: 'Skriv ut etikett',
    reprint: 'Skriv ut igen',
    cancelLabel: 'Avbryt etiketten',
    history: 'Statushistorik',
    openPdf: 'Öppna etiketten (PDF)',
    select: 'Välj {name}',
    none: 'Inget här.',
    device: 'Enhet',
    package: 'Paket',
    shipment: 'Försändelse',
    status: 'Status',
    devices: 'Enheter',
    actions: 'Åtgärder',
    packed: 'Paketet {name} skapat.',
    shipped: 'Försändelsen {name} skapad.',
  },
  de: {
    title: 'Logistik',
    location: 'Standort',
    toPack: 'Tagesabschluss: zu packende Geräte',
    pack: 'Ausgewählte Geräte packen',
    openPackages: 'Offene Pakete',
    ship: 'Ausgewählte Pakete versenden',
    cancelPackage: 'Paket stornieren',
    shipments: 'Sendungen',
    printLabel: 'Etikett drucken',
    reprint: 'Erneut drucken',
    cancelLabel: 'Etikett stornieren',
    history: 'Statusverlauf',
    openPdf: 'Etikett öffnen (PDF)',
    select: '{name} auswählen',
    none: 'Nichts hier.',
    device: 'Gerät',
    package: 'Paket',
    shipment: 'Sendung',
    status: 'Status',
    devices: 'Geräte',
    actions: 'Aktionen',
    packed: 'Paket {name} erstellt.',
    shipped: 'Sendung {name} erstellt.',
  },
};
