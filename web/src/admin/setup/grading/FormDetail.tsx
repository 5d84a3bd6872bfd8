import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { navigate } from '../../../app/router';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import type { FormVersion } from '../types';
import { PricePreview } from './PricePreview';
import { VersionEditor } from './VersionEditor';
import { keys } from '../keys';
import { DataTable } from '../../DataTable';

/** One form: its versions (draft → publish), the chosen version's content and the price preview. */
export function FormDetail({ formId, versions, error }: { formId: number; versions: FormVersion[]; error: unknown }) {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  const newest = versions[0];
  const shown =
    versions.find((v) => v.version_id === selected) ?? versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'active') ?? newest;
  const refresh = () => qc.invalidateQueries({ queryKey: keys.forms(slug) });
  const addDraft = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/{tenant}/admin/grading-forms/{id}/versions', { params: { path: { tenant: slug, id: formId } }, body: {} })),
    onSuccess: async (v) => {
      setSelected(v.version_id);
      await refresh();
    },
  });
  // A reference form is read-only: the tenant copies it into its own form for the same scope.
  const copy = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/grading-forms', {
          params: { path: { tenant: slug } },
          body: { key: `${newest.key}-own`.slice(0, 60), item_group_key: newest.item_group_key, item_id: newest.item_id, definition: newest.definition },
        }),
      ),
    onSuccess: async (v) => {
      await refresh();
      navigate(`/admin/setup/grading/${v.form_id}`);
    },
  });
  const publish = useMutation({
    mutationFn: async (versionId: number) =>
      unwrap(await api.POST('/api/{tenant}/admin/grading-form-versions/{id}/publish', { params: { path: { tenant: slug, id: versionId } } })),
    onSuccess: refresh,
  });
  if (!newest) return <ErrorText error={error} />;
  const own = !newest.is_reference;
  return (
    <section aria-labelledby="form-h">
      <h1 id="form-h">
        {newest.definition.name.en} <span className="badge">{own ? m('own') : m('reference')}</span>
      </h1>
      <DataTable
        caption={m('versions')}
        rows={versions}
        rowKey={(v) => v.version_id}
        current={(v) => v === shown}
        columns={[
          { header: m('version'), cell: (v) => `v${v.version}` },
          { header: m('status'), cell: (v) => <span className={`badge ${v.status}`}>{m(`version.${v.status}`)}</span> },
          { header: m('createdAt'), cell: (v) => date(v.created_at, true) },
          { header: m('publishedAt'), cell: (v) => (v.published_at ? date(v.published_at, true) : '—') },
          {
            header: m('actions'),
            cell: (v) => (
              <div className="row-actions">
                <button type="button" onClick={() => setSelected(v.version_id)} disabled={v === shown}>
                  {m('show')}
                </button>
                {own && v.status === 'draft' ? (
                  <button type="button" className="primary" disabled={publish.isPending} onClick={() => publish.mutate(v.version_id)}>
                    {m('publishN', { n: v.version })}
                  </button>
                ) : null}
              </div>
            ),
          },
        ]}
      />
      <div className="actions">
        {own ? (
          <button type="button" onClick={() => addDraft.mutate()} disabled={addDraft.isPending}>
            {m('newDraft')}
          </button>
        ) : (
          <button type="button" onClick={() => copy.mutate()} disabled={copy.isPending}>
            {m('copyAsOwn')}
          </button>
        )}
      </div>
      <ErrorText error={addDraft.error ?? copy.error ?? publish.error} />
      <VersionEditor key={shown.version_id} version={shown} editable={own && shown.status === 'draft'} onSaved={refresh} />
      <PricePreview itemGroupKey={newest.item_group_key} />
    </section>
  );
}
