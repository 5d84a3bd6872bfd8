import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Link } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable } from '../parts';
import type { FormVersion } from '../types';
import { FormDetail } from './FormDetail';
import { NewForm } from './NewForm';
import { keys } from '../keys';

export function useFormVersions() {
  const { slug } = useTenant();
  return useQuery({
    queryKey: keys.forms(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/grading-forms', { params: { path: { tenant: slug } } })).results,
  });
}

/** One row per form: its newest version and the active one. */
function forms(versions: FormVersion[]) {
  const byForm = new Map<number, FormVersion[]>();
  for (const v of versions) byForm.set(v.form_id, [...(byForm.get(v.form_id) ?? []), v]);
  return [...byForm.values()].map((vs) => ({ newest: vs[0], active: vs.find((v) => v.status === 'active') ?? null, count: vs.length }));
}

/** Grading forms: every form (own and reference) or one form's versions (`rest` = its id). */
export default function GradingScreen({ rest }: { rest: string }) {
  const m = useMessages(setupMessages);
  const versions = useFormVersions();
  if (rest) return <FormDetail formId={Number(rest)} versions={(versions.data ?? []).filter((v) => String(v.form_id) === rest)} error={versions.error} />;
  return (
    <section aria-labelledby="forms-h">
      <h1 id="forms-h">{m('gradingForms')}</h1>
      <p>{m('gradingIntro')}</p>
      <ErrorText error={versions.error} />
      {versions.data ? <NewForm forms={forms(versions.data).map((f) => f.newest)} /> : null}
      {versions.data ? (
        <SearchTable
          caption={m('gradingForms')}
          rows={forms(versions.data)}
          rowKey={(f) => f.newest.form_id}
          searchText={(f) => `${f.newest.key} ${f.newest.item_group_key} ${f.newest.definition.name.en}`}
          columns={[
            { header: m('name'), cell: (f) => <Link href={`/admin/setup/grading/${f.newest.form_id}`}>{f.newest.definition.name.en}</Link> },
            { header: m('key'), cell: (f) => f.newest.key },
            {
              header: m('scope'),
              cell: (f) =>
                f.newest.item_id ? m('scopeModel', { id: f.newest.item_id }) : f.newest.item_group_key === '*' ? m('scopeAll') : f.newest.item_group_key,
            },
            { header: m('owner'), cell: (f) => (f.newest.is_reference ? m('reference') : m('own')) },
            { header: m('activeVersion'), cell: (f) => (f.active ? `v${f.active.version}` : '—') },
            { header: m('versions'), cell: (f) => f.count },
          ]}
        />
      ) : null}
    </section>
  );
}
