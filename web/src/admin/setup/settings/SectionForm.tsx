import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { keys } from '../keys';
import { setupMessages, type SetupKey } from '../messages';
import { SaveRow, SubmitForm } from '../parts';

export type Section = Record<string, unknown>;
export const str = (v: unknown, fallback = '') => (v === undefined || v === null ? fallback : String(v));
export const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** One settings section as a form: the whole section is sent (other keys kept), the server checks it. */
export function SectionForm({ name, title, build, children }: { name: string; title: SetupKey; build(): Section; children: ReactNode }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: async () =>
      unwrap(await api.PATCH('/api/{tenant}/admin/settings', { params: { path: { tenant: slug } }, body: { settings: { [name]: build() } } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: keys.settings(slug) }), qc.invalidateQueries({ queryKey: ['config'] })]),
  });
  return (
    <SubmitForm onSubmit={() => save.mutate()} className="subform" aria-labelledby={`${name}-h`}>
      <h2 id={`${name}-h`}>{m(title)}</h2>
      <div className="form-grid">{children}</div>
      <ErrorText error={save.error} />
      <SaveRow label={m('saveNamed', { name: m(title) })} pending={save.isPending} saved={save.isSuccess} />
    </SubmitForm>
  );
}
