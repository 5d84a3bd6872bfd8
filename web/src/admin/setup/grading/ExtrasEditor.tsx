import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import type { Definition } from '../types';
import { DataTable } from '../../DataTable';

type Extra = Definition['extras'][number];

/** Extras (e.g. a charger included): name and percent of the base price added when ticked. */
export function ExtrasEditor({ extras, editable, onChange }: { extras: Extra[]; editable: boolean; onChange(e: Extra[]): void }) {
  const m = useMessages(setupMessages);
  const set = (i: number, e: Extra) => onChange(extras.map((x, j) => (j === i ? e : x)));
  const nextId = Math.max(0, ...extras.map((e) => e.id)) + 1;
  return (
    <fieldset className="subform">
      <legend>{m('extras')}</legend>
      <DataTable
        caption={m('extras')}
        captionHidden
        rows={extras}
        rowKey={(e) => e.id}
        columns={[
          {
            header: m('name'),
            cell: (e, i) => (
              <input
                aria-label={m('extraNameN', { n: i + 1 })}
                value={e.name.en}
                onChange={(ev) => set(i, { ...e, name: { ...e.name, en: ev.target.value } })}
              />
            ),
          },
          {
            header: m('valuePct'),
            cell: (e, i) => (
              <input
                aria-label={m('extraValueOf', { name: e.name.en })}
                type="number"
                min={-100}
                max={100}
                value={e.value_pct}
                onChange={(ev) => set(i, { ...e, value_pct: Number(ev.target.value) })}
              />
            ),
          },
          ...(editable
            ? [
                {
                  header: m('actions'),
                  cell: (_: unknown, i: number) => (
                    <button type="button" className="danger" onClick={() => onChange(extras.filter((_, j) => j !== i))}>
                      {m('remove')}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable ? (
        <button
          type="button"
          onClick={() =>
            onChange([
              ...extras,
              { id: nextId, name: { en: m('newExtra') }, value_pct: 0, is_vendor_selected: false, is_partner_selected: false, is_affiliate_selected: false },
            ])
          }
        >
          {m('addExtra')}
        </button>
      ) : null}
    </fieldset>
  );
}
