import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import type { AdminOffer } from '../types';
import { DataTable } from '../../DataTable';

/** The offers of a campaign as rows: amount, flat or percent, device or deal, grade, code. */
export function OffersEditor({ offers, onChange, error }: { offers: AdminOffer[]; onChange(o: AdminOffer[]): void; error?: string | null }) {
  const m = useMessages(setupMessages);
  const update = (i: number, patch: Partial<AdminOffer>) => onChange(offers.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="subform">
      <legend>{m('offers')}</legend>
      {offers.length > 0 ? (
        <DataTable
          caption={m('offers')}
          captionHidden
          rows={offers}
          rowKey={(_, i) => i}
          columns={[
            {
              header: m('amount'),
              cell: (o, i) => (
                <input
                  aria-label={m('offerAmountN', { n: i + 1 })}
                  name={`offer-${i}-amount`}
                  inputMode="decimal"
                  value={String(o.amount)}
                  onChange={(e) => update(i, { amount: Number(e.target.value) })}
                />
              ),
            },
            {
              header: m('adjustment'),
              cell: (o, i) => (
                <select
                  aria-label={m('offerAdjustmentN', { n: i + 1 })}
                  value={o.adjustment_type}
                  onChange={(e) => update(i, { adjustment_type: e.target.value as AdminOffer['adjustment_type'] })}
                >
                  <option value="Flat">{m('adjustment.Flat')}</option>
                  <option value="Percent">{m('adjustment.Percent')}</option>
                </select>
              ),
            },
            {
              header: m('offerType'),
              cell: (o, i) => (
                <select
                  aria-label={m('offerTypeN', { n: i + 1 })}
                  value={o.offer_type}
                  onChange={(e) => update(i, { offer_type: e.target.value as AdminOffer['offer_type'] })}
                >
                  <option value="Device">{m('offerType.Device')}</option>
                  <option value="Deal">{m('offerType.Deal')}</option>
                </select>
              ),
            },
            {
              header: m('grade'),
              cell: (o, i) => <input aria-label={m('offerGradeN', { n: i + 1 })} value={o.grade} onChange={(e) => update(i, { grade: e.target.value })} />,
            },
            {
              header: m('offerCode'),
              cell: (o, i) => (
                <input aria-label={m('offerCodeN', { n: i + 1 })} value={o.offer_code} onChange={(e) => update(i, { offer_code: e.target.value })} />
              ),
            },
            {
              header: m('actions'),
              cell: (_, i) => (
                <button type="button" className="danger" onClick={() => onChange(offers.filter((_, j) => j !== i))}>
                  {m('remove')}
                </button>
              ),
            },
          ]}
        />
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={() => onChange([...offers, { amount: 0, adjustment_type: 'Flat', offer_type: 'Device', grade: '', offer_code: '' }])}>
        {m('addOffer')}
      </button>
    </fieldset>
  );
}
