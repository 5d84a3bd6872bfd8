import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { Model, Quote, TradeIn } from '../api/types';
import { useI18n } from '../app/i18n';
import { useSessionState } from '../app/storage';
import { useTenant } from '../app/tenant';
import { ErrorText, Field, imeiProblem, Link } from '../app/ui';
import { SignIn } from '../features/auth/SignIn';
import { DeviceFinder } from '../features/catalog/DeviceFinder';
import { GradingForm, quoteLive, type Answers } from '../features/grading/GradingForm';
import { DataFieldsForm, dataFieldValues, useDataFields } from '../features/tradeins/DataFieldsForm';
import { PdfActions } from '../features/tradeins/PdfActions';

interface Flow {
  step: 'find' | 'grade' | 'register' | 'done';
  model: Model | null;
  grading: Answers;
  quote: Quote | null;
  imei: string;
  fields: Record<string, string>;
  tradeIn: TradeIn | null;
}

const START: Flow = { step: 'find', model: null, grading: { answers: {}, extras: [] }, quote: null, imei: '', fields: {}, tradeIn: null };

/** The customer's trade-in: find → grade (live price) → sign in and register → done. */
export function CustomerFlow() {
  const { t, money } = useI18n();
  const [flow, setFlow] = useSessionState<Flow>('tradein.customer.flow', START);
  const patch = (p: Partial<Flow>) => setFlow((f) => ({ ...f, ...p }));

  if (flow.step === 'find' || !flow.model) {
    return (
      <section aria-labelledby="find-h">
        <h1 id="find-h">{t('findTitle')}</h1>
        <DeviceFinder autoFocus onPick={(m) => patch({ step: 'grade', model: m, grading: { answers: {}, extras: [] }, quote: null })} />
      </section>
    );
  }
  if (flow.step === 'grade') {
    return (
      <section aria-labelledby="grade-h">
        <button type="button" className="link" onClick={() => patch({ step: 'find' })}>
          ← {t('back')}
        </button>
        <h1 id="grade-h">{t('gradeTitle', { name: flow.model.product_name })}</h1>
        <GradingForm
          model={flow.model}
          value={flow.grading}
          onChange={(grading) => patch({ grading })}
          quote={flow.quote}
          onQuote={(quote) => patch({ quote })}
        />
        <div className="actions sticky">
          {flow.quote ? (
            <strong className="sticky-price" aria-hidden="true">
              {money(flow.quote.offered_price, flow.quote.currency)}
            </strong>
          ) : null}
          <button type="button" className="primary" disabled={!quoteLive(flow.quote)} onClick={() => patch({ step: 'register' })}>
            {t('continueRegister')}
          </button>
        </div>
      </section>
    );
  }
  if (flow.step === 'register') return <Register flow={flow} patch={patch} />;
  return (
    <section className="card" aria-labelledby="done-h">
      <h1 id="done-h">{t('registered', { id: flow.tradeIn?.id ?? '' })}</h1>
      {flow.tradeIn ? <PdfActions tradeInId={flow.tradeIn.id} /> : null}
      <p>
        <Link href="/my">{t('myTradeIns')}</Link>
      </p>
      <button type="button" onClick={() => setFlow(START)}>
        {t('startOver')}
      </button>
    </section>
  );
}

function Register({ flow, patch }: { flow: Flow; patch(p: Partial<Flow>): void }) {
  const { t, money } = useI18n();
  const { slug, user } = useTenant();
  const qc = useQueryClient();
  const [fmipOff, setFmipOff] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = imeiProblem(flow.imei);
  const apple = /apple/i.test(flow.model?.manufacturer_name ?? '');
  const fields = useDataFields(false);
  // What the account already says fills the matching fields (the customer can change them).
  const known: Record<string, string | undefined> = { ClientEmail: user?.email, 'First name': user?.first_name, 'Last name': user?.last_name };
  const values = { ...Object.fromEntries(fields.filter((f) => known[f.name]).map((f) => [f.id, known[f.name]!])), ...flow.fields };

  if (!user) {
    return (
      <section aria-labelledby="reg-h">
        <h1 id="reg-h">{t('registerTitle')}</h1>
        <SignIn />
      </section>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!flow.quote || !flow.model || problem) return;
    setBusy(true);
    setError(null);
    try {
      const imei = flow.imei.replace(/\D/g, '');
      unwrap(
        await api.POST('/api/{tenant}/due_diligence/checks', {
          params: { path: { tenant: slug } },
          body: { model_id: flow.model.id, item_identifier: imei, fmip_attestation: apple ? (fmipOff ? 'NotActivated' : 'Activated') : null },
        }),
      );
      const tradeIn = unwrap(
        await api.POST('/api/{tenant}/tradeins', {
          params: { path: { tenant: slug }, query: {} },
          body: { devices: [{ price_quote_id: flow.quote.id, device_identifier: imei }], custom_data_fields: dataFieldValues(fields, values) },
        }),
      );
      await qc.invalidateQueries({ queryKey: ['my-tradeins'] });
      patch({ step: 'done', tradeIn });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="reg-h">
      <button type="button" className="link" onClick={() => patch({ step: 'grade' })}>
        ← {t('back')}
      </button>
      <h1 id="reg-h">{t('registerTitle')}</h1>
      {flow.quote ? (
        <p className="summary">
          {flow.model?.product_name} · {flow.quote.grade} · <strong>{money(flow.quote.offered_price, flow.quote.currency)}</strong>
        </p>
      ) : null}
      <form className="card" onSubmit={submit} noValidate>
        <Field
          label={t('imeiLabel')}
          value={flow.imei}
          onChange={(imei) => patch({ imei })}
          inputMode="numeric"
          autoComplete="off"
          name="imei"
          hint={problem === null ? t('imeiOk') : t('imeiHint')}
          error={problem === 'bad' ? t('imeiBad') : null}
          required
        />
        <DataFieldsForm fields={fields} values={values} onChange={(v) => patch({ fields: v })} />
        {apple ? (
          <label className="choice">
            <input type="checkbox" checked={fmipOff} onChange={(e) => setFmipOff(e.target.checked)} />
            <span>{t('fmipLabel')}</span>
          </label>
        ) : null}
        <ErrorText error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || problem !== null || !quoteLive(flow.quote) || (apple && !fmipOff)}>
            {busy ? t('checking') : t('register')}
          </button>
        </div>
      </form>
    </section>
  );
}
