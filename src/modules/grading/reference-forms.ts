import type { FormDefinitionInput, GradeDefinition } from './grading.schemas.js';

/**
 * Reference grading forms every tenant gets (tenant_id NULL), one per item group, plus a generic
 * Excellent/Good/Fair/Poor form for any other group ('*'). The Mobiles/Tablets questions,
 * answers, scores and info texts follow seed 003 §3. A tenant's own form for a scope wins.
 */

const yes = { en: 'Yes', tr: 'Evet', sv: 'Ja', de: 'Ja' };
const no = { en: 'No', tr: 'Hayır', sv: 'Nej', de: 'Nein' };
const emptyInfo = { en: '<p>&nbsp;</p>' };
const IMG = 'https://dcosix8as1189.cloudfront.net/imagestorage/GradingFormInfoCardImage/';

function yesNo(noScore: number) {
  return [
    { id: 0, name: yes, score: 100 },
    { id: 1, name: no, score: noScore },
  ];
}

/** The grades device forms use unless a tenant configures its own (settings `grading.grades`). */
export const DEFAULT_GRADES: GradeDefinition[] = [
  {
    key: 'excellent',
    name: { en: 'Excellent', tr: 'Mükemmel', sv: 'Utmärkt', de: 'Ausgezeichnet' },
    minScore: 105,
    condition: 'excellent',
    ctia: { functional: 'Functional', cosmetic: 'A' },
  },
  {
    key: 'working',
    name: { en: 'Working', tr: 'Çalışıyor', sv: 'Fungerande', de: 'Funktionsfähig' },
    minScore: 100,
    condition: 'good',
    ctia: { functional: 'Functional', cosmetic: 'B' },
  },
  {
    key: 'minor_defects',
    name: { en: 'Minor defects', tr: 'Küçük kusurlu', sv: 'Mindre defekter', de: 'Leichte Mängel' },
    minScore: 70,
    condition: 'fair',
    ctia: { functional: 'Functional', cosmetic: 'C' },
  },
  {
    key: 'defective',
    name: { en: 'Defective', tr: 'Kusurlu', sv: 'Defekt', de: 'Defekt' },
    minScore: 25,
    condition: 'poor',
    ctia: { functional: 'Non-functional', cosmetic: 'D' },
  },
  {
    key: 'broken',
    name: { en: 'Broken', tr: 'Bozuk', sv: 'Trasig', de: 'Kaputt' },
    minScore: 0,
    condition: 'poor',
    ctia: { functional: 'Non-functional', cosmetic: 'D' },
  },
];

const powerQuestion = {
  id: 0,
  name: {
    en: 'Does the device turn on and stay on without a charger?',
    tr: 'Cihaz şarj aleti olmadan açılıyor ve açık kalıyor mu?',
    sv: 'Startar enheten och förblir på utan laddare?',
    de: 'Lässt sich das Gerät ohne Ladegerät einschalten und bleibt es an?',
  },
  label: { en: 'Power', tr: 'Güç', sv: 'Ström', de: 'Stromversorgung' },
  info: emptyInfo,
  infoCards: [
    {
      id: 0,
      label: { en: 'Info card 209' },
      text: {
        en: '<p><strong>All criteria must be met before selecting &quot;YES&quot;!</strong></p><ul><li>Device can be turned on and off</li><li>Device reaches home screen or setup menu</li><li>Device is working without charger</li></ul><p><br></p>',
        tr: '<p><strong>&quot;EVET&quot; seçmeden önce tüm koşullar sağlanmalıdır!</strong></p><ul><li>Cihaz açılıp kapanabiliyor</li><li>Cihaz ana ekrana veya kurulum menüsüne ulaşıyor</li><li>Cihaz şarj aleti olmadan çalışıyor</li></ul>',
        sv: '<p><strong>Alla kriterier måste vara uppfyllda innan du väljer &quot;JA&quot;!</strong></p><ul><li>Enheten kan slås på och av</li><li>Enheten når hemskärmen eller inställningsmenyn</li><li>Enheten fungerar utan laddare</li></ul>',
        de: '<p><strong>Alle Kriterien müssen erfüllt sein, bevor Sie &quot;JA&quot; wählen!</strong></p><ul><li>Gerät lässt sich ein- und ausschalten</li><li>Gerät erreicht den Startbildschirm oder das Einrichtungsmenü</li><li>Gerät funktioniert ohne Ladegerät</li></ul>',
      },
      images: [],
    },
  ],
  answers: yesNo(5),
};

const lcdQuestion = {
  id: 1,
  name: {
    en: 'Is LCD working and without physical damage?',
    tr: 'Ekran çalışıyor ve fiziksel hasarsız mı?',
    sv: 'Fungerar skärmen och är den utan fysiska skador?',
    de: 'Funktioniert das Display und ist es ohne physische Schäden?',
  },
  label: { en: 'LCD', tr: 'Ekran', sv: 'Skärm', de: 'Display' },
  info: emptyInfo,
  infoCards: [
    {
      id: 0,
      label: { en: 'Info card 213' },
      text: {
        en: '<p><strong>All criteria must be met before selecting &quot;YES&quot;</strong></p><ul><li>LCD is without any clear signs of discoloration (screenburn)</li><li>Touchscreen is fully working (check edges of the screen)</li><li>Glass can be cracked</li></ul>',
        tr: '<p><strong>&quot;EVET&quot; seçmeden önce tüm koşullar sağlanmalıdır</strong></p><ul><li>Ekranda belirgin renk bozulması (ekran yanığı) yok</li><li>Dokunmatik ekran tamamen çalışıyor (kenarları kontrol edin)</li><li>Cam çatlak olabilir</li></ul>',
        sv: '<p><strong>Alla kriterier måste vara uppfyllda innan du väljer &quot;JA&quot;</strong></p><ul><li>Skärmen har inga tydliga missfärgningar (inbränning)</li><li>Pekskärmen fungerar helt (kontrollera kanterna)</li><li>Glaset får vara sprucket</li></ul>',
        de: '<p><strong>Alle Kriterien müssen erfüllt sein, bevor Sie &quot;JA&quot; wählen</strong></p><ul><li>Display ohne deutliche Verfärbungen (Einbrennen)</li><li>Touchscreen funktioniert vollständig (Ränder prüfen)</li><li>Glas darf gesprungen sein</li></ul>',
      },
      images: [
        `${IMG}adc9acd0-c84a-4a73-a7c9-2299e3cbb502.png`,
        `${IMG}706b70cf-78fe-4644-bb9b-e546733535e3.jpg`,
        `${IMG}d62b5aae-5c92-4da9-b733-cc07f1ce394f.jpg`,
        `${IMG}38c1fd2b-66ae-421b-bf95-71d622e8d9ee.jpg`,
      ],
    },
  ],
  answers: yesNo(30),
};

const bodyQuestion = {
  id: 2,
  name: {
    en: 'Are front, frame and back cover in good condition (general wear is acceptable)?',
    tr: 'Ön yüz, çerçeve ve arka kapak iyi durumda mı (genel aşınma kabul edilir)?',
    sv: 'Är framsida, ram och baksida i gott skick (normalt slitage accepteras)?',
    de: 'Sind Vorderseite, Rahmen und Rückseite in gutem Zustand (normale Gebrauchsspuren sind in Ordnung)?',
  },
  label: { en: 'Body', tr: 'Gövde', sv: 'Hölje', de: 'Gehäuse' },
  info: emptyInfo,
  infoCards: [
    {
      id: 0,
      label: { en: 'Info card 218' },
      text: {
        en: '<p><strong>All criteria must be met before selecting &quot;YES&quot;</strong></p><ul><li>Display glass is without cracks or chips on edges</li><li>There are no cracks, splits or fractures on the frame or back cover</li><li>The frame of the device is not bent</li><li>Camera glass is not cracked</li><li>Device is complete, no parts missing (battery, backcover, port cover, screws)</li><li>Screen is not visibly loose (can see under the screen)</li><li>No apparent modifications have been used</li></ul>',
        tr: '<p><strong>&quot;EVET&quot; seçmeden önce tüm koşullar sağlanmalıdır</strong></p><ul><li>Ekran camında çatlak veya kenar kırığı yok</li><li>Çerçevede veya arka kapakta çatlak yok</li><li>Çerçeve eğilmemiş</li><li>Kamera camı çatlak değil</li><li>Cihaz eksiksiz</li><li>Ekran gevşek değil</li><li>Belirgin bir modifikasyon yok</li></ul>',
        sv: '<p><strong>Alla kriterier måste vara uppfyllda innan du väljer &quot;JA&quot;</strong></p><ul><li>Skärmglaset har inga sprickor eller kantskador</li><li>Inga sprickor i ram eller baksida</li><li>Ramen är inte böjd</li><li>Kameraglaset är inte sprucket</li><li>Enheten är komplett</li><li>Skärmen sitter inte löst</li><li>Inga synliga modifieringar</li></ul>',
        de: '<p><strong>Alle Kriterien müssen erfüllt sein, bevor Sie &quot;JA&quot; wählen</strong></p><ul><li>Displayglas ohne Risse oder Absplitterungen</li><li>Keine Risse an Rahmen oder Rückseite</li><li>Rahmen nicht verbogen</li><li>Kameraglas nicht gesprungen</li><li>Gerät vollständig</li><li>Display sitzt nicht lose</li><li>Keine erkennbaren Modifikationen</li></ul>',
      },
      images: [
        `${IMG}broken%20home%20button%20finalmin__1532938672_213.168.11.178.jpg`,
        `${IMG}9fbc5fb7-0621-4f55-83a0-cb1af80301d6.jpg`,
        `${IMG}ccd493c8-cf93-4ca0-899e-f01494800c87.jpg`,
        `${IMG}b013ff5a-7fb5-4d4e-8a21-5d7ee8e88528.jpg`,
        `${IMG}6e31d4ac-3d4e-434a-b79f-0ee0812d054a.jpg`,
      ],
    },
  ],
  answers: yesNo(70),
};

const buttonsQuestion = {
  id: 3,
  name: {
    en: 'Are all buttons present and working?',
    tr: 'Tüm tuşlar mevcut ve çalışıyor mu?',
    sv: 'Finns alla knappar och fungerar de?',
    de: 'Sind alle Tasten vorhanden und funktionsfähig?',
  },
  label: { en: 'Buttons', tr: 'Tuşlar', sv: 'Knappar', de: 'Tasten' },
  info: emptyInfo,
  infoCards: [
    {
      id: 0,
      label: { en: 'Info card 226' },
      text: {
        en: '<p><strong>All criteria must be met before selecting &quot;YES&quot;</strong></p><ul><li>All buttons work easily (Home, Power, Volume and Mute) without excessive force</li></ul>',
        tr: '<p><strong>&quot;EVET&quot; seçmeden önce tüm koşullar sağlanmalıdır</strong></p><ul><li>Tüm tuşlar (Ana ekran, Güç, Ses ve Sessiz) zorlamadan kolayca çalışıyor</li></ul>',
        sv: '<p><strong>Alla kriterier måste vara uppfyllda innan du väljer &quot;JA&quot;</strong></p><ul><li>Alla knappar (Hem, Ström, Volym och Ljud av) fungerar lätt utan extra kraft</li></ul>',
        de: '<p><strong>Alle Kriterien müssen erfüllt sein, bevor Sie &quot;JA&quot; wählen</strong></p><ul><li>Alle Tasten (Home, Power, Lautstärke und Stumm) funktionieren ohne übermäßigen Kraftaufwand</li></ul>',
      },
      images: [],
    },
  ],
  answers: yesNo(80),
};

/** "No" first (Id 0): most devices traded in are not flawless; "Yes" raises the price. */
const cosmeticQuestion = {
  id: 4,
  optional: true,
  name: {
    en: 'Is the device in perfect cosmetic condition?',
    tr: 'Cihaz kozmetik olarak kusursuz durumda mı?',
    sv: 'Är enheten i perfekt kosmetiskt skick?',
    de: 'Ist das Gerät in einwandfreiem optischem Zustand?',
  },
  label: { en: 'Cosmetics', tr: 'Görünüm', sv: 'Utseende', de: 'Optik' },
  info: emptyInfo,
  infoCards: [
    {
      id: 0,
      label: { en: 'Perfect condition', tr: 'Kusursuz durum', sv: 'Perfekt skick', de: 'Einwandfreier Zustand' },
      text: {
        en: '<p>No scratches, dents or signs of use on screen, frame or back.</p>',
        tr: '<p>Ekranda, çerçevede veya arkada çizik, ezik ya da kullanım izi yok.</p>',
        sv: '<p>Inga repor, bucklor eller spår av användning på skärm, ram eller baksida.</p>',
        de: '<p>Keine Kratzer, Dellen oder Gebrauchsspuren an Display, Rahmen oder Rückseite.</p>',
      },
      images: [],
    },
  ],
  answers: [
    { id: 0, name: no, score: 100 },
    { id: 1, name: yes, score: 110 },
  ],
};

const mobileName = { en: 'Mobiles / Tablets', tr: 'Telefonlar / Tabletler', sv: 'Mobiler / Surfplattor', de: 'Handys / Tablets' };

function mobileForm(): FormDefinitionInput {
  return { name: mobileName, scoringType: 2, questions: [powerQuestion, lcdQuestion, bodyQuestion, buttonsQuestion, cosmeticQuestion], extras: [] };
}

const laptopForm: FormDefinitionInput = {
  name: { en: 'Laptops', tr: 'Dizüstü bilgisayarlar', sv: 'Bärbara datorer', de: 'Laptops' },
  scoringType: 2,
  questions: [
    {
      ...powerQuestion,
      name: {
        en: 'Does the laptop turn on and boot to the operating system?',
        tr: 'Dizüstü bilgisayar açılıyor ve işletim sistemine ulaşıyor mu?',
        sv: 'Startar datorn och når operativsystemet?',
        de: 'Startet der Laptop und bootet das Betriebssystem?',
      },
      infoCards: [],
      answers: yesNo(10),
    },
    { ...lcdQuestion, infoCards: [], answers: yesNo(40) },
    {
      ...bodyQuestion,
      name: {
        en: 'Are lid, hinges and bottom case in good condition?',
        tr: 'Kapak, menteşeler ve alt kasa iyi durumda mı?',
        sv: 'Är lock, gångjärn och underrede i gott skick?',
        de: 'Sind Deckel, Scharniere und Unterseite in gutem Zustand?',
      },
      infoCards: [],
      answers: yesNo(75),
    },
    {
      id: 3,
      name: {
        en: 'Do keyboard and trackpad work?',
        tr: 'Klavye ve izleme paneli çalışıyor mu?',
        sv: 'Fungerar tangentbord och styrplatta?',
        de: 'Funktionieren Tastatur und Trackpad?',
      },
      label: { en: 'Keyboard', tr: 'Klavye', sv: 'Tangentbord', de: 'Tastatur' },
      info: emptyInfo,
      answers: yesNo(75),
    },
    {
      ...cosmeticQuestion,
      name: {
        en: 'Is the laptop in perfect cosmetic condition?',
        tr: 'Dizüstü bilgisayar kozmetik olarak kusursuz mu?',
        sv: 'Är datorn i perfekt kosmetiskt skick?',
        de: 'Ist der Laptop in einwandfreiem optischem Zustand?',
      },
    },
  ],
  extras: [
    {
      id: 0,
      name: {
        en: 'Is a working original power adapter included?',
        tr: 'Çalışan orijinal şarj adaptörü dahil mi?',
        sv: 'Ingår en fungerande originalladdare?',
        de: 'Ist ein funktionierendes Original-Netzteil dabei?',
      },
      label: { en: 'Power adapter', tr: 'Şarj adaptörü', sv: 'Laddare', de: 'Netzteil' },
      valuePct: 5,
    },
  ],
};

const watchForm: FormDefinitionInput = {
  name: { en: 'Watches', tr: 'Akıllı saatler', sv: 'Klockor', de: 'Uhren' },
  scoringType: 2,
  questions: [
    { ...powerQuestion, infoCards: [], answers: yesNo(10) },
    { ...lcdQuestion, infoCards: [], answers: yesNo(35) },
    {
      ...bodyQuestion,
      name: {
        en: 'Are case, back sensor and crown in good condition?',
        tr: 'Kasa, arka sensör ve kurma kolu iyi durumda mı?',
        sv: 'Är boett, baksensor och krona i gott skick?',
        de: 'Sind Gehäuse, Rückseitensensor und Krone in gutem Zustand?',
      },
      infoCards: [],
      answers: yesNo(70),
    },
    { ...cosmeticQuestion, infoCards: [] },
  ],
  extras: [
    {
      id: 0,
      name: {
        en: 'Is the original charger included?',
        tr: 'Orijinal şarj cihazı dahil mi?',
        sv: 'Ingår originalladdaren?',
        de: 'Ist das Original-Ladegerät dabei?',
      },
      label: { en: 'Charger', tr: 'Şarj cihazı', sv: 'Laddare', de: 'Ladegerät' },
      valuePct: 3,
    },
  ],
};

const genericForm: FormDefinitionInput = {
  name: { en: 'General condition', tr: 'Genel durum', sv: 'Allmänt skick', de: 'Allgemeiner Zustand' },
  scoringType: 2,
  questions: [
    {
      id: 0,
      name: { en: 'What condition is the product in?', tr: 'Ürün ne durumda?', sv: 'Vilket skick är produkten i?', de: 'In welchem Zustand ist das Produkt?' },
      label: { en: 'Condition', tr: 'Durum', sv: 'Skick', de: 'Zustand' },
      info: emptyInfo,
      answers: [
        { id: 0, name: { en: 'Excellent', tr: 'Mükemmel', sv: 'Utmärkt', de: 'Ausgezeichnet' }, score: 100 },
        { id: 1, name: { en: 'Good', tr: 'İyi', sv: 'Bra', de: 'Gut' }, score: 80 },
        { id: 2, name: { en: 'Fair', tr: 'Orta', sv: 'Godtagbart', de: 'Akzeptabel' }, score: 60 },
        { id: 3, name: { en: 'Poor', tr: 'Kötü', sv: 'Dåligt', de: 'Schlecht' }, score: 40 },
      ],
    },
  ],
  extras: [],
  systemExtras: [],
  grades: [
    {
      key: 'excellent',
      name: { en: 'Excellent', tr: 'Mükemmel', sv: 'Utmärkt', de: 'Ausgezeichnet' },
      minScore: 100,
      condition: 'excellent',
      ctia: { functional: 'Functional', cosmetic: 'A' },
    },
    { key: 'good', name: { en: 'Good', tr: 'İyi', sv: 'Bra', de: 'Gut' }, minScore: 80, condition: 'good', ctia: { functional: 'Functional', cosmetic: 'B' } },
    {
      key: 'fair',
      name: { en: 'Fair', tr: 'Orta', sv: 'Godtagbart', de: 'Akzeptabel' },
      minScore: 60,
      condition: 'fair',
      ctia: { functional: 'Functional', cosmetic: 'C' },
    },
    {
      key: 'poor',
      name: { en: 'Poor', tr: 'Kötü', sv: 'Dåligt', de: 'Schlecht' },
      minScore: 0,
      condition: 'poor',
      ctia: { functional: 'Non-functional', cosmetic: 'D' },
    },
  ],
};

/** Key, scope and definition of each reference form. */
export const REFERENCE_FORMS: { key: string; itemGroupKey: string; definition: FormDefinitionInput }[] = [
  { key: 'ref-mobiles', itemGroupKey: 'mobiles', definition: mobileForm() },
  { key: 'ref-tablets', itemGroupKey: 'tablets', definition: mobileForm() },
  { key: 'ref-laptops', itemGroupKey: 'laptops', definition: laptopForm },
  { key: 'ref-watches', itemGroupKey: 'watches', definition: watchForm },
  { key: 'ref-generic', itemGroupKey: '*', definition: genericForm },
];
