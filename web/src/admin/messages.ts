import type { Catalog } from '../app/i18n';

/** Strings of the back-office shell; each area keeps its own catalog beside its screens. */
export const shellMessages: Catalog<
  'backOffice' | 'signInTitle' | 'notStaff' | 'notFound' | 'dashboard' | 'facility' | 'logistics' | 'setup' | 'upgrade' | 'areas'
> = {
  en: {
    backOffice: 'Back office',
    signInTitle: 'Staff sign in',
    notStaff: 'This account has no access to the back office.',
    notFound: 'There is no such page in the back office.',
    dashboard: 'Dashboard',
    facility: 'Facility',
    logistics: 'Logistics',
    setup: 'Programme setup',
    upgrade: 'Upgrade desk',
    areas: 'Back office areas',
  },
  tr: {
    backOffice: 'Yönetim',
    signInTitle: 'Personel girişi',
    notStaff: 'Bu hesabın yönetim paneline erişimi yok.',
    notFound: 'Yönetim panelinde böyle bir sayfa yok.',
    dashboard: 'Gösterge paneli',
    facility: 'Tesis',
    logistics: 'Lojistik',
    setup: 'Program ayarları',
    upgrade: 'Upgrade masası',
    areas: 'Yönetim bölümleri',
  },
  sv: {
    backOffice: 'Administration',
    signInTitle: 'Inloggning för personal',
    notStaff: 'Det här kontot har ingen åtkomst till administrationen.',
    notFound: 'Den sidan finns inte i administrationen.',
    dashboard: 'Översikt',
    facility: 'Anläggning',
    logistics: 'Logistik',
    setup: 'Programinställningar',
    upgrade: 'Upgrade-disk',
    areas: 'Administrationens delar',
  },
  de: {
    backOffice: 'Verwaltung',
    signInTitle: 'Anmeldung für Mitarbeitende',
    notStaff: 'Dieses Konto hat keinen Zugang zur Verwaltung.',
    notFound: 'Diese Seite gibt es in der Verwaltung nicht.',
    dashboard: 'Übersicht',
    facility: 'Prüfzentrum',
    logistics: 'Logistik',
    setup: 'Programm einrichten',
    upgrade: 'Upgrade-Schalter',
    areas: 'Bereiche der Verwaltung',
  },
};
