import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages, type SetupKey } from '../messages';
import { SelectField } from '../parts';
import { keys } from '../keys';

type Section = Record<string, unknown>;
const str = (v: unknown, fallback = '') => (v === undefined || v === null ? fallback : String(v));
const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** One settings section as a form: the whole section is sent (other keys kept), the server checks it. */
function SectionForm({ name, title, build, children }: { name: string; title: SetupKey; build(): Section; children: ReactNode }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: async () => unwrap(await api.PATCH('/api/{tenant}/admin/settings', { params: { path: { tenant: slug } }, body: { settings: { [name]: build() } } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: keys.settings(slug) }), qc.invalidateQueries({ queryKey: ['config'] })]),
  });
  return (
    <form
      className="subform"
      aria-labelledby={`${name}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
    >
      <h2 id={`${name}-h`}>{m(title)}</h2>
      <div className="form-grid">{children}</div>
      <ErrorText error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('saveNamed', { name: m(title) })}
        </button>
        {save.isSuccess ? (
          <span role="status" className="ok">
            {m('saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

export function BrandingSection({ current }: { current: Section }) {
  const m = useMessages(setupMessages);
  const [primary, setPrimary] = useState(str(current.primaryColor, '#0b5cad'));
  const [onPrimary, setOnPrimary] = useState(str(current.onPrimaryColor, '#ffffff'));
  const [logo, setLogo] = useState(str(current.logoUrl));
  return (
    <SectionForm name="branding" title="branding" build={() => ({ ...current, primaryColor: primary, onPrimaryColor: onPrimary, logoUrl: logo.trim() || null })}>
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
