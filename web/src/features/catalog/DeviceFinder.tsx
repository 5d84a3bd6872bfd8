import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Model } from '../../api/types';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { DevicePicture, ErrorText } from '../../app/ui';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** Storage variants of one model family grouped under the family's name. */
function groupByItem(models: Model[]): { itemId: number; name: string; group: string; picture: string | null; variants: Model[] }[] {
  const groups = new Map<number, { itemId: number; name: string; group: string; picture: string | null; variants: Model[] }>();
  for (const m of models) {
    const g = groups.get(m.item_id) ?? {
      itemId: m.item_id,
      name: `${m.manufacturer_name} ${m.item_name}`,
      group: m.item_group_key,
      picture: m.picture_url,
      variants: [],
    };
    g.variants.push(m);
    groups.set(m.item_id, g);
  }
  return [...groups.values()];
}

function variantLabel(m: Model): string {
  return m.storage_gb ? (m.storage_gb >= 1024 ? `${m.storage_gb / 1024} TB` : `${m.storage_gb} GB`) : m.product_name_short || m.product_name;
}

/**
 * Find the device: search as you type (debounced; arrow keys move through the results, Enter
 * picks), or browse item group → manufacturer → model. An IMEI typed here finds its model.
 */
export function DeviceFinder({ onPick, autoFocus }: { onPick(m: Model): void; autoFocus?: boolean }) {
  const { t, money } = useI18n();
  const { slug } = useTenant();
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(term.trim(), 200);
  const listId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useQuery({
    queryKey: ['models', slug, debounced],
    enabled: debounced.length >= 3,
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/catalog/models', { params: { path: { tenant: slug }, query: { term: debounced, limit: 40 } } })),
    placeholderData: (prev) => prev,
  });
  const options = useMemo(() => (debounced.length >= 3 && search.data ? search.data.results : []), [debounced, search.data]);
  const groups = useMemo(() => groupByItem(options), [options]);
  const flat = groups.flatMap((g) => g.variants);
  useEffect(() => setActive(0), [debounced]);

  const onKey = (e: React.KeyboardEvent) => {
    if (!flat.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, flat.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onPick(flat[active]);
    }
  };
  const expanded = flat.length > 0;
  return (
    <div className="finder">
      <label htmlFor={inputId} className="big-label">
        {t('searchLabel')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="search"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${flat[active]?.id}` : undefined}
        aria-describedby={`${inputId}-hint`}
        autoComplete="off"
        autoFocus={autoFocus}
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        onKeyDown={onKey}
      />
      <small id={`${inputId}-hint`} className="hint">
        {t('searchHint')}
      </small>
      <ErrorText error={search.error} />
      {search.data?.hint && debounced.length >= 3 ? <p className="hint">{search.data.hint}</p> : null}
      <ul id={listId} role="listbox" aria-label={t('searchLabel')} className="results">
        {groups.map((g) => (
          <li key={g.itemId} role="presentation" className="result-group">
            <div className="result-head" aria-hidden="true">
              <DevicePicture url={g.picture} group={g.group} size={36} />
              <span>{g.name}</span>
            </div>
            <ul role="group" aria-label={g.name} className="variants">
              {g.variants.map((m) => {
                const i = flat.indexOf(m);
                return (
                  <li
                    key={m.id}
                    id={`${listId}-${m.id}`}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? 'option active' : 'option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => onPick(m)}
                  >
                    <span className="sr-only">{g.name} </span>
                    {variantLabel(m)}
                    {m.price !== null ? <span className="muted"> · {t('upTo', { price: money(m.price, m.currency) })}</span> : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {debounced.length >= 3 && search.isSuccess && options.length === 0 ? <p role="status">{t('noResults')}</p> : null}
      <Browse onPick={onPick} />
    </div>
  );
}

function Browse({ onPick }: { onPick(m: Model): void }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const [group, setGroup] = useState<number | null>(null);
  const [maker, setMaker] = useState<number | null>(null);
  const groups = useQuery({
    queryKey: ['groups', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/catalog/item_groups', { params: { path: { tenant: slug } } })).results,
  });
  const makers = useQuery({
    queryKey: ['makers', slug, group],
    enabled: group !== null,
    queryFn: async () =>
      unwrap(await api.GET('/api/{tenant}/catalog/manufacturers', { params: { path: { tenant: slug }, query: { item_group_id: group! } } })).results,
  });
  const models = useQuery({
    queryKey: ['browse', slug, group, maker],
    enabled: group !== null && maker !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/catalog/models', {
          params: { path: { tenant: slug }, query: { item_group_id: group!, manufacturer_id: maker!, limit: 300 } },
        }),
      ).results,
  });
  const ids = { g: useId(), m: useId(), d: useId() };
  return (
    <fieldset className="browse">
      <legend>{t('browse')}</legend>
      <div className="field">
        <label htmlFor={ids.g}>{t('group')}</label>
        <select id={ids.g} value={group ?? ''} onChange={(e) => (setGroup(e.target.value ? Number(e.target.value) : null), setMaker(null))}>
          <option value="">—</option>
          {groups.data?.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.m}>{t('manufacturer')}</label>
        <select id={ids.m} value={maker ?? ''} disabled={!makers.data} onChange={(e) => setMaker(e.target.value ? Number(e.target.value) : null)}>
          <option value="">—</option>
          {makers.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.d}>{t('model')}</label>
        <select
          id={ids.d}
          value=""
          disabled={!models.data}
          onChange={(e) => {
            const m = models.data?.find((x) => x.id === Number(e.target.value));
            if (m) onPick(m);
          }}
        >
          <option value="">—</option>
          {models.data?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.product_name}
            </option>
          ))}
        </select>
      </div>
      <ErrorText error={groups.error ?? makers.error ?? models.error} />
    </fieldset>
  );
}
