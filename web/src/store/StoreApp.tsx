import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { Diligence, Model, Quote, TradeIn } from '../api/types';
import { useI18n } from '../app/i18n';
import { navigate, usePath } from '../app/router';
import { useSessionState } from '../app/storage';
import { useTenant } from '../app/tenant';
import { ErrorText, Field, imeiProblem, Layout, Link } from '../app/ui';
import { SignIn, signOut } from '../features/auth/SignIn';
import { DeviceFinder } from '../features/catalog/DeviceFinder';
import { Packing } from '../features/logistics/Packing';
import { NotFound } from '../features/not-found/NotFound';
import { GradingForm, quoteLive, type Answers } from '../features/grading/GradingForm';
import { DataFieldsForm, dataFieldValues, useDataFields } from '../features/tradeins/DataFieldsForm';
import { PdfActions } from '../features/tradeins/PdfActions';
import { Scanner } from './Scanner';
import { SignaturePads } from './SignaturePads';
import { TodayList } from './TodayList';
import { useWedge } from './useWedge';

interface Sale {
  step: 'identify' | 'grade' | 'customer' | 'sign' | 'done';
  imei: string;
  model: Model | null;
  grading: Answers;
  fmipOn: boolean;
  campaignId: number | null;
  quote: Quote | null;
  diligence: Diligence | null;
  customer: { first: string; last: string; corporate: boolean; organization: string; fields: Record<string, string> };
  tradeIn: TradeIn | null;
  signed: boolean;
}

const START: Sale = {
  step: 'identify',
  imei: '',
  model: null,
  grading: { answers: {}, extras: [] },
  fmipOn: false,
  campaignId: null,
  quote: null,
  diligence: null,
  customer: { first: '', last: '', corporate: false, organization: '', fields: {} },
  tradeIn: null,
  signed: false,
};

/** The point of sale at `/store`, for store agents at their location. */
export default function StoreApp() {
  const { t } = useI18n();
  const { user, slug, refreshUser } = useTenant();
  const path = usePath();
  const staff = user && (user.role === 'agent' || user.role === 'admin');
  const nav = staff ? (
    <>
      <Link href="/store">{t('newTradeIn')}</Link>
      <Link href="/store/today">{t('today')}</Link>
      <Link href="/store/packing">{t('packing')}</Link>
      <button type="button" className="link" onClick={() => void signOut(slug, refreshUser)}>
        {t('signOut')}
      </button>
    </>
  ) : null;
  return (
    <Layout nav={nav} area="store">
      {!['/store', '/store/', '/store/today', '/store/packing'].includes(path) ? (
        <NotFound home="/store" />
      ) : !user ? (
        <SignIn allowSignUp={false} title={t('storeSignIn')} />
      ) : !staff ? (
        <p className="error">{t('notAgent')}</p>
      ) : path === '/store/today' ? (
        <TodayList />
      ) : path === '/store/packing' ? (
        <Packing />
      ) : (
        <Sale />
      )}
    </Layout>
  );
}

function Sale() {
  const { t, money } = useI18n();
  const [sale, setSale] = useSessionState<Sale>('tradein.store.sale', START);
  const patch = useCallback((p: Partial<Sale>) => setSale((s) => ({ ...s, ...p })), [setSale]);
  const steps: Sale['step'][] = ['identify', 'grade', 'customer', 'sign', 'done'];
  return (
    <div className="sale">
      <ol className="steps" aria-label="steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={sale.step === s ? 'step' : undefined} className={steps.indexOf(sale.step) > i ? 'done' : sale.step === s ? 'current' : ''}>
            {{ identify: t('identify'), grade: t('yourPrice'), customer: t('customer'), sign: t('sign'), done: t('done') }[s]}
          </li>
        ))}
      </ol>
      {sale.step === 'identify' ? <Identify sale={sale} patch={patch} /> : null}
      {sale.step === 'grade' && sale.model ? <Grade sale={sale} patch={patch} /> : null}
      {sale.step === 'customer' ? <Customer sale={sale} patch={patch} /> : null}
      {sale.step === 'sign' && sale.tradeIn ? (
        <>
          <p className="summary">
            #{sale.tradeIn.id} · {sale.tradeIn.devices[0]?.product_name} · {money(sale.tradeIn.total, sale.tradeIn.currency)}
          </p>
          <SignaturePads tradeInId={sale.tradeIn.id} onSaved={() => patch({ step: 'done', signed: true })} />
          {sale.tradeIn.kind === 'temporary' ? (
            <button type="button" onClick={() => patch({ step: 'done' })}>
              {t('next')}
            </button>
          ) : null}
        </>
      ) : null}
      {sale.step === 'done' && sale.tradeIn ? (
        <section className="card" aria-labelledby="done-h">
          <h2 id="done-h">{t('registered', { id: sale.tradeIn.id })}</h2>
          {sale.signed ? <p role="status">{t('signaturesSaved')}</p> : null}
          {sale.tradeIn.kind === 'final' ? <PdfActions tradeInId={sale.tradeIn.id} /> : null}
          <div className="actions">
            <button type="button" className="primary" onClick={() => setSale(START)}>
              {t('newTradeIn')}
            </button>
            <button type="button" onClick={() => navigate('/store/today')}>
              {t('today')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

type StepProps = { sale: Sale; patch(p: Partial<Sale>): void };

function Identify({ sale, patch }: StepProps) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const [scanning, setScanning] = useState(false);
  const problem = imeiProblem(sale.imei);
  const imei = sale.imei.replace(/\D/g, '');
  const byImei = useQuery({
    queryKey: ['imei', slug, imei],
    enabled: problem === null,
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/catalog/models', { params: { path: { tenant: slug }, query: { term: imei } } })),
  });
  const setCode = useCallback(
    (code: string) => {
      setScanning(false);
      patch({ imei: code });
    },
    [patch],
  );
  useWedge(setCode);
  const pick = (m: Model) => patch({ model: m, step: 'grade', grading: { answers: {}, extras: [] }, quote: null, diligence: null });
  useEffect(() => {
    // One model for the TAC: take it.
    if (byImei.data?.results.length === 1 && sale.step === 'identify') pick(byImei.data.results[0]);
  }, [byImei.data]);
  return (
    <section className="card" aria-labelledby="id-h">
      <h2 id="id-h">{t('identify')}</h2>
      <p className="hint">{t('wedgeHint')}</p>
      <Field
        label={t('imeiLabel')}
        name="imei"
        value={sale.imei}
        onChange={(v) => patch({ imei: v })}
        inputMode="numeric"
        autoComplete="off"
        hint={problem === null ? t('imeiOk') : t('imeiHint')}
        error={problem === 'bad' ? t('imeiBad') : null}
      />
      <div className="actions">
        <button type="button" onClick={() => setScanning((s) => !s)} aria-pressed={scanning}>
          {scanning ? t('stopScan') : t('scan')}
        </button>
      </div>
      {scanning ? <Scanner onCode={setCode} onClose={() => setScanning(false)} /> : null}
      <ErrorText error={byImei.error} />
      {byImei.data?.hint ? <p className="hint">{byImei.data.hint}</p> : null}
      {byImei.data && byImei.data.results.length > 1 ? (
        <fieldset>
          <legend>{t('chooseModel')}</legend>
          <div className="actions wrap">
            {byImei.data.results.map((m) => (
              <button key={m.id} type="button" onClick={() => pick(m)}>
                {m.product_name}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <h3>{t('typeOrSearch')}</h3>
      <DeviceFinder onPick={pick} />
    </section>
  );
}

function Grade({ sale, patch }: StepProps) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const apple = /apple/i.test(sale.model!.manufacturer_name);
  const campaigns = useQuery({
    queryKey: ['campaigns', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/campaigns', { params: { path: { tenant: slug } } })).results,
  });
  const ids = { c: useId(), f: useId() };
  return (
    <section aria-labelledby="gr-h">
      <button type="button" className="link" onClick={() => patch({ step: 'identify' })}>
        ← {t('back')}
      </button>
      <h2 id="gr-h">{t('gradeTitle', { name: sale.model!.product_name })}</h2>
      <div className="row">
        {apple ? (
          <fieldset className="question">
            <legend id={ids.f}>{t('findMy')}</legend>
            <label className="choice">
              <input type="radio" name="fmip" checked={!sale.fmipOn} onChange={() => patch({ fmipOn: false })} />
              <span>{t('fmipOff')}</span>
            </label>
            <label className="choice">
              <input type="radio" name="fmip" checked={sale.fmipOn} onChange={() => patch({ fmipOn: true })} />
              <span>{t('fmipOn')}</span>
            </label>
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor={ids.c}>{t('campaign')}</label>
          <select id={ids.c} value={sale.campaignId ?? ''} onChange={(e) => patch({ campaignId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('noCampaign')}</option>
            {campaigns.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <GradingForm
        model={sale.model!}
        value={sale.grading}
        onChange={(grading) => patch({ grading })}
        quote={sale.quote}
        onQuote={(quote) => patch({ quote })}
        systemExtras={sale.fmipOn ? [1] : []}
        campaignId={sale.campaignId}
        identifier={imeiProblem(sale.imei) === null ? sale.imei.replace(/\D/g, '') : null}
        isCorporate={sale.customer.corporate}
      />
      <div className="actions sticky">
        <button type="button" className="primary" disabled={!quoteLive(sale.quote)} onClick={() => patch({ step: 'customer' })}>
          {t('next')}
        </button>
      </div>
    </section>
  );
}

function Customer({ sale, patch }: StepProps) {
  const { t, money } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const c = sale.customer;
  const setC = (p: Partial<Sale['customer']>) => patch({ customer: { ...c, ...p } });
  const problem = imeiProblem(sale.imei);
  const visible = useDataFields(c.corporate);

  const runChecks = async () => {
    const d = unwrap(
      await api.POST('/api/{tenant}/due_diligence/checks', {
        params: { path: { tenant: slug } },
        body: {
          model_id: sale.model!.id,
          item_identifier: sale.imei.replace(/\D/g, ''),
          fmip_attestation: /apple/i.test(sale.model!.manufacturer_name) ? (sale.fmipOn ? 'Activated' : 'NotActivated') : null,
        },
      }),
    );
    patch({ diligence: d });
    return d;
  };

  const register = async (temporary: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (!sale.diligence) await runChecks();
      const tradeIn = unwrap(
        await api.POST('/api/{tenant}/tradeins', {
          params: { path: { tenant: slug }, query: { temporary: temporary ? 'true' : 'false' } },
          body: {
            devices: [{ price_quote_id: sale.quote!.id, device_identifier: sale.imei.replace(/\D/g, '') }],
            client_first_name: c.first || null,
            client_last_name: c.last || null,
            is_corporate: c.corporate,
            organization_name: c.corporate ? c.organization || null : null,
            custom_data_fields: dataFieldValues(visible, c.fields),
          },
        }),
      );
      await qc.invalidateQueries({ queryKey: ['today'] });
      patch({ tradeIn, step: 'sign' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cu-h">
      <button type="button" className="link" onClick={() => patch({ step: 'grade' })}>
        ← {t('back')}
      </button>
      {sale.quote ? (
        <p className="summary">
          {sale.model?.product_name} · {sale.quote.grade} · <strong>{money(sale.quote.offered_price, sale.quote.currency)}</strong>
        </p>
      ) : null}
      <div className="card">
        <h2>{t('diligence')}</h2>
        {problem !== null ? (
          <Field
            label={t('imeiLabel')}
            name="imei"
            value={sale.imei}
            onChange={(v) => patch({ imei: v, diligence: null })}
            inputMode="numeric"
            error={problem === 'bad' ? t('imeiBad') : null}
          />
        ) : (
          <p>
            {t('imeiLabel')}: <strong>{sale.imei}</strong>
          </p>
        )}
        {sale.diligence ? (
          <ul className="checks" aria-live="polite">
            {[...sale.diligence.fraud_results, ...sale.diligence.fmip_results].map((r, i) => (
              <li key={i} className={/Failed|Lost|Activated/.test(r.result) ? 'bad' : 'ok'}>
                {r.provider}: {r.result}
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" disabled={problem !== null} onClick={() => runChecks().catch(setError)}>
          {t('runChecks')}
        </button>
      </div>
      <form className="card" onSubmit={(e) => e.preventDefault()} noValidate>
        <h2>{t('customer')}</h2>
        <fieldset className="inline">
          <legend className="sr-only">{t('customer')}</legend>
          <label className="choice">
            <input type="radio" name="kind" checked={!c.corporate} onChange={() => setC({ corporate: false })} />
            <span>{t('private')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="kind" checked={c.corporate} onChange={() => setC({ corporate: true })} />
            <span>{t('corporate')}</span>
          </label>
        </fieldset>
        {c.corporate ? <Field label={t('organization')} value={c.organization} onChange={(v) => setC({ organization: v })} /> : null}
        <Field label={t('firstName')} name="first" value={c.first} onChange={(v) => setC({ first: v })} autoComplete="off" />
        <Field label={t('lastName')} name="last" value={c.last} onChange={(v) => setC({ last: v })} autoComplete="off" />
        <DataFieldsForm fields={visible} values={c.fields} onChange={(fields) => setC({ fields })} />
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="primary" disabled={busy || problem !== null || !quoteLive(sale.quote)} onClick={() => void register(false)}>
            {t('registerFinal')}
          </button>
          <button type="button" disabled={busy || problem !== null || !quoteLive(sale.quote)} onClick={() => void register(true)}>
            {t('registerTemp')}
          </button>
        </div>
      </form>
    </section>
  );
}
