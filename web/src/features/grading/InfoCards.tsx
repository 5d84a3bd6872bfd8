import DOMPurify from 'dompurify';
import { useState } from 'react';

type Card = { id: number; label: string; text: string; images: string[] };

/** Server HTML, sanitised: no scripts, no inline styles (the CSP forbids them anyway). */
export function safeHtml(html: string): string {
  return DOMPurify.sanitize(html, { FORBID_ATTR: ['style'], FORBID_TAGS: ['style', 'img'] });
}

/** Info cards behind a disclosure; their pictures load only when opened. */
export function InfoCards({ cards }: { cards: Card[] }) {
  if (!cards.length) return null;
  return (
    <div className="info-cards">
      {cards.map((c) => (
        <InfoCard key={c.id} card={c} />
      ))}
    </div>
  );
}

function InfoCard({ card }: { card: Card }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="info-card" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{card.label || 'ⓘ'}</summary>
      <div dangerouslySetInnerHTML={{ __html: safeHtml(card.text) }} />
      {open
        ? card.images.map((src) => <img key={src} src={src} alt="" loading="lazy" className="info-img" onError={(e) => (e.currentTarget.hidden = true)} />)
        : null}
    </details>
  );
}
