import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { navigate } from '../../../app/router';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { CheckField, errorFor, formError, fromLocalInput, SelectField, SubmitForm, toLocalInput } from '../parts';
import type { AdminCampaign, AdminOffer } from '../types';
import { OffersEditor } from './OffersEditor';
import { keys } from '../keys';

const FIELDS = ['name', 'description', 'active_from', 'active_to', 'promo_code', 'strategy', 'max_devices_per_trade_in', 'offers', 'data_field_ids'];

function blank(): AdminCampaign {
  const now = new Date();
  const later = new Date(now.getTime() + 30 * 86_400_000);
  return {
    id: 0,
    name: '',
    description: '',
    active_from: now.toISOString(),
    active_to: later.toISOString(),
    override_vendor_tc: false,
    terms_and_conditions: '',
    promo_code: '',
    has_fmip_deduction: true,
    max_devices_per_trade_in: null,
    strategy: 'Sum',
    currency: '',
    status: 'Upcoming',
    offers: [],
    data_field_ids: [],
    created_at: '',
    updated_at: '',
  };
}

/** Create or replace a campaign: window, offers, data fields; the server's errors beside the fields. */
export function CampaignForm({ campaign }: { campaign: AdminCampaign | null }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [c, setC] = useState<AdminCampaign>(campaign ?? blank());
  const [from, setFrom] = useState(toLocalInput(c.active_from));
  const [to, setTo] = useState(toLocalInput(c.active_to));
  const [maxDevices, setMaxDevices] = useState(c.max_devices_per_trade_in === null ? '' : String(c.max_devices_per_trade_in));
  const set = <K extends keyof AdminCampaign>(k: K, v: AdminCampaign[K]) => setC((prev) => ({ ...prev, [k]: v }));
  const fields = useQuery({
    queryKey: keys.dataFields(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/data-fields', { params: { path: { tenant: slug } } })).results,
  });
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name: c.name,
        description: c.description,
        active_from: fromLocalInput(from),
        active_to: fromLocalInput(to),
        promo_code: c.promo_code,
        has_fmip_deduction: c.has_fmip_deduction,
        max_devices_per_trade_in: maxDevices.trim() === '' ? null : Number(maxDevices),
        strategy: c.strategy,
        offers: c.offers,
        data_field_ids: c.data_field_ids,
      };
      return campaign
        ? unwrap(await api.PUT('/api/{tenant}/admin/campaigns/{id}', { params: { path: { tenant: slug, id: campaign.id } }, body }))
        : unwrap(await api.POST('/api/{tenant}/admin/campaigns', { params: { path: { tenant: slug } }, body }));
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: keys.campaigns(slug) });
      navigate('/admin/setup/campaigns');
    },
  });
  const err = (...names: string[]) => errorFor(save.error, ...names);
  return (
    <section aria-labelledby="campaign-h">
      <h1 id="campaign-h">{campaign ? m('editNamed', { name: campaign.name }) : m('newCampaign')}</h1>
      <SubmitForm onSubmit={() => save.mutate()}>
        <div className="form-grid">
          <Field label={m('name')} name="name" value={c.name} onChange={(v) => set('name', v)} error={err('name')} required />
          <Field label={m('promoCode')} name="promo_code" value={c.promo_code} onChange={(v) => set('promo_code', v)} error={err('promo_code')} />
          <Field label={m('activeFrom')} name="active_from" type="datetime-local" value={from} onChange={setFrom} error={err('active_from')} />
          <Field label={m('activeTo')} name="active_to" type="datetime-local" value={to} onChange={setTo} error={err('active_to')} />
          <SelectField
            label={m('strategy')}
            name="strategy"
            value={c.strategy}
            onChange={(v) => set('strategy', v)}
            options={[
              { value: 'Sum', label: m('strategy.Sum') },
              { value: 'Max', label: m('strategy.Max') },
            ]}
            error={err('strategy')}
          />
          <Field
            label={m('maxDevices')}
            name="max_devices"
            inputMode="numeric"
            value={maxDevices}
            onChange={setMaxDevices}
            error={err('max_devices_per_trade_in')}
            hint={m('maxDevicesHint')}
          />
        </div>
        <Field label={m('description')} name="description" value={c.description} onChange={(v) => set('description', v)} error={err('description')} />
        <CheckField label={m('fmipDeduction')} checked={c.has_fmip_deduction} onChange={(v) => set('has_fmip_deduction', v)} />
        <OffersEditor offers={c.offers} onChange={(o: AdminOffer[]) => set('offers', o)} error={err('offers')} />
        <fieldset className="subform">
          <legend>{m('dataFields')}</legend>
          {(fields.data ?? [])
            .filter((f) => f.is_active)
            .map((f) => (
              <CheckField
                key={f.id}
                label={f.labels.en ?? f.name}
                checked={c.data_field_ids.includes(f.id)}
                onChange={(on) => set('data_field_ids', on ? [...c.data_field_ids, f.id] : c.data_field_ids.filter((id) => id !== f.id))}
              />
            ))}
          {err('data_field_ids') ? <p className="error">{err('data_field_ids')}</p> : null}
        </fieldset>
        <ErrorText error={formError(save.error, FIELDS)} />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {m('save')}
          </button>
          <button type="button" onClick={() => navigate('/admin/setup/campaigns')}>
            {m('cancel')}
          </button>
        </div>
      </SubmitForm>
    </section>
  );
}
