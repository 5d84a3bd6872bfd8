import { useMessages } from '../../app/i18n';
import { logisticsMessages } from './messages';

/** A list of rows with a checkbox each (devices to pack, packages to ship). */
export function Picklist({ items, picked, onPick }: { items: { id: number; text: string }[]; picked: number[]; onPick(ids: number[]): void }) {
  const m = useMessages(logisticsMessages);
  if (items.length === 0) return <p className="muted">{m('none')}</p>;
  return (
    <ul className="fac-list">
      {items.map((i) => (
        <li key={i.id}>
          <label>
            <input
              type="checkbox"
              checked={picked.includes(i.id)}
              onChange={(e) => onPick(e.target.checked ? [...picked, i.id] : picked.filter((x) => x !== i.id))}
            />{' '}
            {i.text}
          </label>
        </li>
      ))}
    </ul>
  );
}
