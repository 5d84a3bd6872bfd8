import { defineErrors } from '../../platform/errors/index.js';

/** Errors of the reporting read model (module range B960xxx). */
export const AnalyticsErrors = defineErrors({
  /** The period's `from` day is after its `to` day. */
  B960001: {
    kind: 'validation',
    en: 'The period starts ({from}) after it ends ({to}).',
    tr: 'Dönem bittiği günden ({to}) sonra başlıyor ({from}).',
    sv: 'Perioden börjar ({from}) efter att den slutar ({to}).',
    de: 'Der Zeitraum beginnt ({from}) nach seinem Ende ({to}).',
  },
  /** The period spans more days than a dashboard answers at once. */
  B960002: {
    kind: 'validation',
    en: 'The period is {days} days long; at most {max} days can be shown at once.',
    tr: 'Dönem {days} gün uzunluğunda; tek seferde en fazla {max} gün gösterilebilir.',
    sv: 'Perioden är {days} dagar lång; högst {max} dagar kan visas åt gången.',
    de: 'Der Zeitraum umfasst {days} Tage; höchstens {max} Tage können auf einmal angezeigt werden.',
  },
});
