import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';

/**
 * The customer's answer to a final valuation that differs from the offer: the same decision
 * as the e-mail links (commerce decides once; afterwards the buttons are gone).
 */
export function Decision({ itemId }: { itemId: number }) {
  const { t, money } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['order-tradeins', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/order_tradeins', { params: { path: { tenant: slug } } })).results,
  });
  const decide = useMutation({
    mutationFn: async (decision: 'approved' | 'rejected') =>
      unwrap(await api.POST('/api/{tenant}/order_tradeins/{id}/decision', { params: { path: { tenant: slug, id: itemId } }, body: { decision } })),
    onSettled: () => qc.invalidateQueries({ queryKey: ['order-tradeins'] }),
  });
  if (list.isError) return <ErrorText error={list.error} />;
  if (!list.data) return <p role="status">{t('loading')}</p>;
  const item = list.data.find((i) => i.order_item_id === itemId);
  if (!item) return <p>{t('noDecision')}</p>;
  return (
    <section className="card decision" aria-labelledby="dec-h">
      <h1 id="dec-h">{t('decisionTitle')}</h1>
      <p>
        <strong>{item.product_name}</strong> · {item.order_number}
      </p>
      <dl className="diff">
        <dt>{t('offered')}</dt>
        <dd>{money(item.offered_price, item.currency)}</dd>
        <dt>{t('finalPrice')}</dt>
        <dd>{item.final_price !== null ? money(item.final_price, item.currency) : '—'}</dd>
      </dl>
      {item.awaits_decision ? (
        <div className="actions">
          <button type="button" className="primary" disabled={decide.isPending} onClick={() => decide.mutate('approved')}>
            {t('approve')}
          </button>
          <button type="button" disabled={decide.isPending} onClick={() => decide.mutate('rejected')}>
            {t('reject')}
          </button>
        </div>
      ) : item.decision ? (
        <p role="status">{t('decided', { decision: t(`decision.${item.decision}`) })}</p>
      ) : (
        <p>{t('noDecision')}</p>
      )}
      <ErrorText error={decide.error} />
    </section>
  );
}
