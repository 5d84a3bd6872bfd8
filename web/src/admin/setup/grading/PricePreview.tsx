import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SelectField } from '../parts';
import { ModelPicker } from './ModelPicker';
import { keys } from '../keys';
import { DataTable } from '../../DataTable';

interface Row {
  question: string;
  answer: string;
  price: number;
  change: number;
}

/**
 * The price effect of each answer on one model, through the price route the point of sale uses
 * (so it shows the published form): every other question keeps its first answer.
 */
export function PricePreview({ itemGroupKey }: { itemGroupKey: string }) {
  const m = useMessages(setupMessages);
  const { money } = useI18n();
  const { slug } = useTenant();
  const [modelId, setModelId] = useState<number | null>(null);
  const [campaign, setCampaign] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const campaigns = useQuery({
    queryKey: keys.campaigns(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/campaigns', { params: { path: { tenant: slug } } })).results,
  });
  const run = useMutation({
    mutationFn: async (id: number) => {
      const form = unwrap(await api.GET('/api/{tenant}/catalog/models/{id}/grading_form', { params: { path: { tenant: slug, id } } }));
      const base: Record<string, number[]> = Object.fromEntries(form.questions.map((q) => [String(q.id), [q.answers[0].id]]));
      const quote = async (answers: Record<string, number[]>) =>
        unwrap(
          await api.POST('/api/{tenant}/price_quotes', {
            params: { path: { tenant: slug } },
            body: { model_id: id, answers, campaign_id: campaign ? Number(campaign) : null },
          }),
        );
      const pairs = form.questions.flatMap((q) => q.answers.map((a) => ({ q, a })));
      setProgress({ done: 0, total: pairs.length + 1 });
      const baseline = await quote(base);
      const rows: Row[] = [];
      for (const { q, a } of pairs) {
        const quoted = a.id === q.answers[0].id ? baseline : await quote({ ...base, [String(q.id)]: [a.id] });
        rows.push({ question: q.name, answer: a.name, price: quoted.offered_price, change: quoted.offered_price - baseline.offered_price });
        setProgress({ done: rows.length + 1, total: pairs.length + 1 });
      }
      return { baseline, rows };
    },
  });
  return (
    <section aria-labelledby="preview-h" className="subform preview">
      <h2 id="preview-h">{m('previewTitle')}</h2>
      <p>{m('previewIntro')}</p>
      <div className="toolbar">
        <ModelPicker itemGroupKey={itemGroupKey} value={modelId} onChange={setModelId} />
        <SelectField
          label={m('campaign')}
          name="preview-campaign"
          value={campaign}
          onChange={setCampaign}
          options={[
            { value: '', label: m('noCampaign') },
            ...(campaigns.data ?? []).map((c) => ({ value: String(c.id), label: `${c.name} (${m(`campaign.${c.status}`)})` })),
          ]}
        />
        <button type="button" className="primary" disabled={modelId === null || run.isPending} onClick={() => modelId !== null && run.mutate(modelId)}>
          {m('preview')}
        </button>
      </div>
      {run.isPending && progress ? <progress className="progress" max={progress.total} value={progress.done} aria-label={m('previewProgress')} /> : null}
      <ErrorText error={run.error} />
      {run.data ? (
        <>
          <p data-testid="preview-base">
            {m('previewBase', { price: money(run.data.baseline.offered_price, run.data.baseline.currency), grade: run.data.baseline.grade })}
          </p>
          <DataTable
            caption={m('previewTable')}
            rows={run.data.rows}
            rowKey={(_, i) => i}
            columns={[
              { header: m('question'), cell: (r) => r.question },
              { header: m('answer'), cell: (r) => r.answer },
              { header: m('price'), numeric: true, cell: (r) => money(r.price, run.data.baseline.currency) },
              {
                header: m('change'),
                numeric: true,
                cell: (r) => (
                  <span className={r.change > 0 ? 'up' : r.change < 0 ? 'down' : undefined}>
                    {r.change === 0 ? '—' : money(r.change, run.data.baseline.currency)}
                  </span>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
