import { useState } from 'react';
import { useMessages } from '../../../app/i18n';
import { Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SelectField } from '../parts';
import { num, SectionForm, str, type Section } from './SectionForm';

export function BrandingSection({ current }: { current: Section }) {
  const m = useMessages(setupMessages);
  const [primary, setPrimary] = useState(str(current.primaryColor, '#0b5cad'));
  const [onPrimary, setOnPrimary] = useState(str(current.onPrimaryColor, '#ffffff'));
  const [logo, setLogo] = useState(str(current.logoUrl));
  return (
    <SectionForm
      name="branding"
      title="branding"
      build={() => ({ ...current, primaryColor: primary, onPrimaryColor: onPrimary, logoUrl: logo.trim() || null })}
    >
      <Field label={m('primaryColor')} name="primaryColor" type="color" value={primary} onChange={setPrimary} />
      <Field label={m('onPrimaryColor')} name="onPrimaryColor" type="color" value={onPrimary} onChange={setOnPrimary} />
      <Field label={m('logoUrl')} name="logoUrl" value={logo} onChange={setLogo} hint={m('logoHint')} />
    </SectionForm>
  );
}

const VAT_MODES = ['none', 'excluded', 'included', 'marginal'] as const;

export function PricingSection({ current }: { current: Section }) {
  const m = useMessages(setupMessages);
  const vat = (current.vat ?? {}) as Section;
  const [ttl, setTtl] = useState(str(current.quoteTtlHours, '72'));
  const [display, setDisplay] = useState(str(current.displayCurrency));
  const [mode, setMode] = useState(str(vat.mode, 'none') as (typeof VAT_MODES)[number]);
  const [rate, setRate] = useState(str(vat.ratePct, '25'));
  const [rates, setRates] = useState(
    Object.entries((current.exchangeRates ?? {}) as Record<string, number>)
      .map(([c, r]) => `${c}=${r}`)
      .join(', '),
  );
  const build = () => ({
    ...current,
    quoteTtlHours: num(ttl),
    displayCurrency: display.trim().toUpperCase() || undefined,
    vat: { ...vat, mode, ratePct: num(rate) },
    exchangeRates: Object.fromEntries(
      rates
        .split(/[,\n]/)
        .map((p) => p.split('=').map((x) => x.trim()))
        .filter(([c, r]) => c && r)
        .map(([c, r]) => [c.toUpperCase(), Number(r)]),
    ),
  });
  return (
    <SectionForm name="pricing" title="pricing" build={build}>
      <Field label={m('quoteTtl')} name="quoteTtlHours" inputMode="numeric" value={ttl} onChange={setTtl} />
      <Field label={m('displayCurrency')} name="displayCurrency" value={display} onChange={setDisplay} hint={m('currencyHint')} />
      <SelectField label={m('vatMode')} name="vatMode" value={mode} onChange={setMode} options={VAT_MODES.map((v) => ({ value: v, label: m(`vat.${v}`) }))} />
      <Field label={m('vatRate')} name="vatRate" inputMode="numeric" value={rate} onChange={setRate} />
      <Field label={m('exchangeRates')} name="exchangeRates" value={rates} onChange={setRates} hint={m('exchangeRatesHint')} />
    </SectionForm>
  );
}

export function RemindersSection({ current }: { current: Section }) {
  const m = useMessages(setupMessages);
  const [days, setDays] = useState(((current.reminderDays as number[] | undefined) ?? [3, 7]).join(', '));
  const [lastNotice, setLastNotice] = useState(str(current.lastNoticeAfterDays, '3'));
  const [fallbackAfter, setFallbackAfter] = useState(str(current.fallbackAfterDays, '4'));
  const [fallback, setFallback] = useState(str(current.fallback, 'return') as 'accept' | 'return');
  const build = () => ({
    ...current,
    reminderDays: days
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean)
      .map(Number),
    lastNoticeAfterDays: num(lastNotice),
    fallbackAfterDays: num(fallbackAfter),
    fallback,
  });
  return (
    <SectionForm name="facility" title="reminders" build={build}>
      <Field label={m('reminderDays')} name="reminderDays" value={days} onChange={setDays} hint={m('reminderDaysHint')} />
      <Field label={m('lastNoticeAfter')} name="lastNoticeAfterDays" inputMode="numeric" value={lastNotice} onChange={setLastNotice} />
      <Field label={m('fallbackAfter')} name="fallbackAfterDays" inputMode="numeric" value={fallbackAfter} onChange={setFallbackAfter} />
      <SelectField
        label={m('fallback')}
        name="fallback"
        value={fallback}
        onChange={setFallback}
        options={[
          { value: 'return', label: m('fallback.return') },
          { value: 'accept', label: m('fallback.accept') },
        ]}
      />
    </SectionForm>
  );
}
