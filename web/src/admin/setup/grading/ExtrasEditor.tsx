import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import type { Definition } from '../types';

type Extra = Definition['extras'][number];

/** Extras (e.g. a charger included): name and percent of the base price added when ticked. */
export function ExtrasEditor({ extras, editable, onChange }: { extras: Extra[]; editable: boolean; onChange(e: Extra[]): void }) {
  const m = useMessages(setupMessages);
  const set = (i: number, e: Extra) => onChange(extras.map((x, j) => (j === i ? e : x)));
  const nextId = Math.max(0, ...extras.map((e) => e.id)) + 1;
  return (
    <fieldset className="subform">
      <legend>{m('extras')}</legend>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{m('name')}</th>
            <th scope="col">{m('valuePct')}</th>
            {editable ? <th scope="col">{m('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {extras.map((e, i) => (
            <tr key={e.id}>
              <td>
                <input
                  aria-label={m('extraNameN', { n: i + 1 })}
                  value={e.name.en}
                  onChange={(ev) => set(i, { ...e, name: { ...e.name, en: ev.target.value } })}
                />
              </td>
              <td>
                <input
                  aria-label={m('extraValueOf', { name: e.name.en })}
                  type="number"
                  min={-100}
                  max={100}
                  value={e.valuePct}
                  onChange={(ev) => set(i, { ...e, valuePct: Number(ev.target.value) })}
                />
              </td>
              {editable ? (
                <td>
                  <button type="button" className="danger" onClick={() => onChange(extras.filter((_, j) => j !== i))}>
                    {m('remove')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {editable ? (
        <button
          type="button"
          onClick={() =>
            onChange([
              ...extras,
              { id: nextId, name: { en: m('newExtra') }, valuePct: 0, isVendorSelected: false, isPartnerSelected: false, isAffiliateSelected: false },
            ])
          }
        >
          {m('addExtra')}
        </button>
      ) : null}
    </fieldset>
  );
}
