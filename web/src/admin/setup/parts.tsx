import { useId, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { DataTable, type Column } from '../DataTable';
import { setupMessages } from './messages';

/**
 * The server's message for one field of a refused save, or null. Paths compare without case and
 * underscores, so `active_to` (the request) and `activeTo` (a module's check) both match.
 */
export function errorFor(error: unknown, ...names: string[]): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  const norm = (s: string) =>
    s
      .replace(/^body\./, '')
      .replace(/_/g, '')
      .toLowerCase();
  const field = norm(error.field);
  return names.some((n) => field === norm(n) || field.startsWith(`${norm(n)}.`)) ? error.message : null;
}

/** A refused save whose message belongs to no field on the form (shown at the form's end). */
export function formError(error: unknown, fields: string[]): unknown {
  return error && !fields.some((f) => errorFor(error, f)) ? error : null;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  error,
  name,
}: {
  label: string;
  value: V;
  options: readonly { value: NoInfer<V>; label: string }[];
  onChange(v: NoInfer<V>): void;
  error?: string | null;
  name?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <small id={`${id}-err`} className="error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export function CheckField({ label, checked, onChange, name }: { label: string; checked: boolean; onChange(v: boolean): void; name?: string }) {
  return (
    <label className="check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

const PAGE = 15;

/** A {@link DataTable} with an optional text search and paging in the browser (lists of a tenant's setup are short). */
export function SearchTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  searchText,
}: {
  caption: string;
  rows: readonly T[];
  columns: Column<T>[];
  rowKey(row: T): string | number;
  searchText?: (row: T) => string;
}) {
  const m = useMessages(setupMessages);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const id = useId();
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q && searchText ? rows.filter((r) => searchText(r).toLowerCase().includes(q)) : rows;
  }, [rows, query, searchText]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * PAGE, current * PAGE + PAGE);
  return (
    <div className="data-table">
      {searchText ? (
        <div className="field search">
          <label htmlFor={id}>{m('search')}</label>
          <input
            id={id}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
          />
        </div>
      ) : null}
      <DataTable caption={caption} rows={shown} columns={columns} rowKey={rowKey} empty={m('empty')} />
      {pages > 1 ? <Pager page={current} pages={pages} onPage={setPage} /> : null}
    </div>
  );
}

/** Previous / next with "page x of y". */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(p: number): void }) {
  const m = useMessages(setupMessages);
  return (
    <nav className="actions pager" aria-label={m('paging')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {m('previous')}
      </button>
      <span>{m('pageOf', { page: page + 1, pages })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {m('nextPage')}
      </button>
    </nav>
  );
}

/** `datetime-local` value (local time) ↔ ISO instant. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** A form the browser does not validate (the server's messages are shown) whose submit runs `onSubmit`. */
export function SubmitForm({ onSubmit, children, ...rest }: { onSubmit(): void; children: ReactNode; className?: string; 'aria-labelledby'?: string }) {
  return (
    <form
      {...rest}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      {children}
    </form>
  );
}

/** The submit button of a form and, once the server took it, a "Saved" note. */
export function SaveRow({ label, pending, saved, disabled }: { label: string; pending: boolean; saved: boolean; disabled?: boolean }) {
  const m = useMessages(setupMessages);
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={pending || disabled}>
        {label}
      </button>
      {saved ? (
        <span role="status" className="ok">
          {m('saved')}
        </span>
      ) : null}
    </div>
  );
}
