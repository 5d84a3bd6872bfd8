import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Link } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable } from '../parts';
import type { AdminCampaign } from '../types';
import { CampaignForm } from './CampaignForm';
import { keys } from '../keys';

/** Campaigns: the list (status from the server's clock), a new one, or one being edited (`rest` = its id). */
export default function CampaignsScreen({ rest }: { rest: string }) {
  const { slug } = useTenant();
  const list = useQuery({
    queryKey: keys.campaigns(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/campaigns', { params: { path: { tenant: slug } } })).results,
  });
  if (rest === 'new') return <CampaignForm campaign={null} />;
  if (rest) {
    const campaign = list.data?.find((c) => String(c.id) === rest);
    if (!campaign) return list.error ? <ErrorText error={list.error} /> : null;
    return <CampaignForm key={campaign.id} campaign={campaign} />;
  }
  return <CampaignList rows={list.data} error={list.error} />;
}

function CampaignList({ rows, error }: { rows?: AdminCampaign[]; error: unknown }) {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<number | null>(null);
  const remove = useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/{tenant}/admin/campaigns/{id}', { params: { path: { tenant: slug, id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.campaigns(slug) }),
  });
  return (
    <section aria-labelledby="campaigns-h">
      <h1 id="campaigns-h">{m('campaigns')}</h1>
      <div className="actions">
        <Link href="/admin/setup/campaigns/new" className="button-link">
          {m('newCampaign')}
        </Link>
      </div>
      <ErrorText error={error ?? remove.error} />
      {rows ? (
        <SearchTable
          caption={m('campaigns')}
          rows={rows}
          rowKey={(c) => c.id}
          searchText={(c) => `${c.name} ${c.promo_code}`}
          columns={[
            { header: m('name'), cell: (c) => <Link href={`/admin/setup/campaigns/${c.id}`}>{c.name}</Link> },
            { header: m('window'), cell: (c) => `${date(c.active_from, true)} – ${date(c.active_to, true)}` },
            { header: m('status'), cell: (c) => <span className={`badge ${c.status}`}>{m(`campaign.${c.status}`)}</span> },
            {
              header: m('offers'),
              cell: (c) =>
                c.offers.map((o) => `${o.amount}${o.adjustment_type === 'Percent' ? ' %' : ` ${c.currency}`} (${m(`offerType.${o.offer_type}`)})`).join(', '),
            },
            {
              header: m('actions'),
              cell: (c) =>
                confirming === c.id ? (
                  <span className="row-actions" role="group" aria-label={m('confirmDelete', { name: c.name })}>
                    <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(c.id)}>
                      {m('confirmDeleteNamed', { name: c.name })}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {m('cancel')}
                    </button>
                  </span>
                ) : (
                  <button type="button" className="danger" onClick={() => setConfirming(c.id)}>
                    {m('deleteNamed', { name: c.name })}
                  </button>
                ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
