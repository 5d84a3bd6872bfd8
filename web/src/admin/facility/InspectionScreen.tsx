import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { InspectionForm, loadForm } from './InspectionForm';
import { facilityMessages } from './messages';
import { ReportPreview } from './ReportPreview';
import { useLoad } from './useLoad';

const AT_BENCH = ['Received', 'Inspected'];

/** The inspection station for one device: the form, then the customer's page previewed, then send. */
export function InspectionScreen({ deviceId }: { deviceId: number }) {
  const m = useMessages(facilityMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const [saved, setSaved] = useState<{ price: string; grade: string } | null>(null);
  const [n, setN] = useState(0);
  const view = useLoad(
    async () => unwrap(await api.GET('/api/{tenant}/admin/facility/devices/{id}', { params: { path: { tenant: slug, id: deviceId } } })),
    `${slug}-${deviceId}-${n}`,
  );
  const form = useLoad(() => loadForm(slug, deviceId), `${slug}-${deviceId}`);
  const d = view.data;
  return (
    <section aria-labelledby="fac-insp-h">
      <p>
        <Link href="/admin/facility">{m('back')}</Link>
      </p>
      <h1 id="fac-insp-h">{m('inspectionOf', { name: d?.product_name ?? `#${deviceId}` })}</h1>
      <ErrorText error={view.error ?? form.error} />
      {d ? (
        <>
          <p>{m('deviceFacts', { id: d.device_id, identifier: d.identifier, status: d.status })}</p>
          {d.inspection?.erasure_certificate ? (
            <p>
              <a href={`/api/${encodeURIComponent(slug)}/admin/facility/devices/${d.device_id}/erasure-certificate`} target="_blank" rel="noreferrer">
                {m('erasureCertificate')}
              </a>
            </p>
          ) : null}
          {AT_BENCH.includes(d.status) && form.data && !saved ? (
            <InspectionForm
              deviceId={deviceId}
              form={form.data}
              onSaved={(r) => {
                setSaved(r);
                setN((x) => x + 1);
              }}
            />
          ) : null}
          {saved ? (
            <p role="status">
              {m('inspected', { price: saved.price, currency: d.currency, grade: saved.grade })}{' '}
              <button type="button" className="link" onClick={() => setSaved(null)}>
                {m('gradingForm')}
              </button>
            </p>
          ) : null}
          {d.status === 'Inspected' || d.status === 'Valuated' ? <ReportPreview device={d} onSent={() => setN((x) => x + 1)} /> : null}
          {!AT_BENCH.includes(d.status) && d.status !== 'Valuated' ? <p>{m('notAtBench', { status: d.status })}</p> : null}
          <h2>{m('timeline')}</h2>
          <ol className="timeline">
            {d.timeline.map((e, i) => (
              <li key={i}>
                {e.to} · {date(e.at, true)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
