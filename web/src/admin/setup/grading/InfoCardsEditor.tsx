import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import type { Definition } from '../types';

type InfoCard = Definition['questions'][number]['info_cards'][number];

/** Info cards (label, text, image addresses) of a question or an answer, in a disclosure. */
export function InfoCardsEditor({ cards, owner, editable, onChange }: { cards: InfoCard[]; owner: string; editable: boolean; onChange(c: InfoCard[]): void }) {
  const m = useMessages(setupMessages);
  const set = (i: number, c: InfoCard) => onChange(cards.map((x, j) => (j === i ? c : x)));
  const nextId = Math.max(0, ...cards.map((c) => c.id)) + 1;
  return (
    <details className="info-cards">
      <summary>{m('infoCardsCount', { n: cards.length, owner })}</summary>
      {cards.map((c, i) => (
        <div key={c.id} className="subform">
          <input
            aria-label={m('cardLabelOf', { owner, n: i + 1 })}
            value={c.label.en}
            onChange={(e) => set(i, { ...c, label: { ...c.label, en: e.target.value } })}
          />
          <textarea
            aria-label={m('cardTextOf', { owner, n: i + 1 })}
            value={c.text.en}
            onChange={(e) => set(i, { ...c, text: { ...c.text, en: e.target.value } })}
          />
          <input
            aria-label={m('cardImagesOf', { owner, n: i + 1 })}
            value={c.images.join(' ')}
            onChange={(e) => set(i, { ...c, images: e.target.value.split(/\s+/).filter(Boolean) })}
            placeholder="https://…"
          />
          {editable ? (
            <button type="button" className="danger" onClick={() => onChange(cards.filter((_, j) => j !== i))}>
              {m('remove')}
            </button>
          ) : null}
        </div>
      ))}
      {editable ? (
        <button type="button" onClick={() => onChange([...cards, { id: nextId, label: { en: '' }, text: { en: '' }, images: [] }])}>
          {m('addInfoCard')}
        </button>
      ) : null}
    </details>
  );
}
