import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { errorFor, formError, Pager, SaveRow, SubmitForm } from '../parts';
import { CsvImport } from './CsvImport';
import { keys } from '../keys';
import { DataTable } from '../../DataTable';

const PAGE = 25;

/** Base prices of working devices: a page of them (filter by model id), one price set by hand, or many from a CSV. */
export default function ValuationsScreen() {
  const m = useMessages(setupMessages);
  const { money, date } = useI18n();
  const { slug } = useTenant();
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState('');
  const variantId = /^\d+$/.test(filter.trim()) ? Number(filter.trim()) : undefined;
  const list = useQuery({
    queryKey: [...keys.valuations(slug), page, variantId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/admin/valuations', {
          params: { path: { tenant: slug }, query: { limit: PAGE, offset: page * PAGE, variant_id: variantId } },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE));
  return (
    <section aria-labelledby="valuations-h">
      <h1 id="valuations-h">{m('valuations')}</h1>
      <CsvImport />
      <PriceForm />
      <div className="toolbar">
        <Field
          label={m('filterModelId')}
          name="variant-filter"
          inputMode="numeric"
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(0);
          }}
        />
      </div>
      <ErrorText error={list.error} />
      <DataTable
        caption={m('valuationsCount', { count: list.data?.count ?? 0 })}
        rows={list.data?.results ?? []}
        rowKey={(v) => v.id}
        empty={list.data ? m('empty') : undefined}
        columns={[
          {
            header: m('model'),
            rowHeader: true,
            cell: (v) => (
              <>
                {v.product_name ?? m('unknownModel')}
                <small className="hint">{` #${v.variant_id}`}</small>
              </>
            ),
          },
          { header: m('amount'), numeric: true, cell: (v) => money(v.amount, v.currency) },
          { header: m('source'), cell: (v) => m(`source.${v.source}` as 'source.manual') },
          { header: m('updatedAt'), cell: (v) => date(v.updated_at, true) },
        ]}
      />
      {pages > 1 ? <Pager page={page} pages={pages} onPage={setPage} /> : null}
    </section>
  );
}

/** Sets one base price (creates it, or replaces the model's existing one). */
function PriceForm() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [variant, setVariant] = useState('');
  const [amount, setAmount] = useState('');
  const save = useMutation({
    mutationFn: async () => {
      const variantId = Number(variant);
      const existing = unwrap(
        await api.GET('/api/{tenant}/admin/valuations', {
          params: { path: { tenant: slug }, query: { variant_id: variantId > 0 ? variantId : undefined, limit: 1 } },
        }),
      );
      const body = { amount: Number(amount) };
      const found = variantId > 0 ? existing.results.find((v) => v.variant_id === variantId) : undefined;
      return found
        ? unwrap(await api.PUT('/api/{tenant}/admin/valuations/{id}', { params: { path: { tenant: slug, id: found.id } }, body }))
        : unwrap(await api.POST('/api/{tenant}/admin/valuations', { params: { path: { tenant: slug } }, body: { ...body, variant_id: variantId } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.valuations(slug) }),
  });
  return (
    <SubmitForm onSubmit={() => save.mutate()} className="subform" aria-labelledby="price-h">
      <h2 id="price-h">{m('setPrice')}</h2>
      <div className="toolbar">
        <Field label={m('modelId')} name="variant_id" inputMode="numeric" value={variant} onChange={setVariant} error={errorFor(save.error, 'variant_id')} />
        <Field label={m('amount')} name="amount" inputMode="numeric" value={amount} onChange={setAmount} error={errorFor(save.error, 'amount')} />
        <SaveRow label={m('save')} pending={save.isPending} saved={save.isSuccess} />
      </div>
      <ErrorText error={formError(save.error, ['variant_id', 'amount'])} />
    </SubmitForm>
  );
}
