import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { CodeForm } from './CodeForm';
import { DamagedPackage } from './DamagedPackage';
import { Discrepancies } from './Discrepancies';
import { facilityMessages } from './messages';

type Scan = { code: string; outcome: string; device_id: number | null; status: string | null; reason: string | null };
type Pkg = NonNullable<Awaited<ReturnType<typeof scanPackage>>>;
async function scanPackage(tenant: string, code: string) {
  return unwrap(await api.POST('/api/{tenant}/admin/facility/packages/scan', { params: { path: { tenant } }, body: { code } })).package;
}

const AT_FACILITY = new Set(['Received', 'Inspected', 'Valuated', 'Accepted', 'Completed', 'ReturnRequested', 'Fraud']);

/** Receiving: a package scan shows what it should hold; each device scan marks it received; live tallies. */
export function ReceiveScreen() {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const [pkg, setPkg] = useState<Pkg | null>(null);
  const [unknownPkg, setUnknownPkg] = useState(false);
  const [scans, setScans] = useState<Scan[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(0);

  const openPackage = async (code: string) => {
    setError(null);
    try {
      const p = await scanPackage(slug, code);
      setPkg(p);
      setUnknownPkg(!p);
      setScans([]);
    } catch (err) {
      setError(err);
    }
  };
  const receive = async (code: string) => {
    setError(null);
    setBusy(true);
    try {
      const res = unwrap(await api.POST('/api/{tenant}/admin/facility/receive', { params: { path: { tenant: slug } }, body: { codes: [code] } }));
      setScans((s) => [...res.results, ...s]);
      const withPkg = res.results.find((r) => r.package);
      if (withPkg?.package) setPkg(withPkg.package);
      else if (pkg) setPkg((await scanPackage(slug, pkg.identifier)) ?? pkg);
      setChanged((n) => n + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const expected = pkg?.devices ?? [];
  const received = expected.filter((d) => AT_FACILITY.has(d.status));
  const missing = expected.filter((d) => !AT_FACILITY.has(d.status));
  const unexpected = scans.filter(
    (s) => s.outcome === 'unexpected' || s.outcome === 'mismatch' || (pkg && s.device_id !== null && !expected.some((d) => d.device_id === s.device_id)),
  );
  return (
    <section aria-labelledby="fac-recv-h">
      <h1 id="fac-recv-h">{m('receiveTitle')}</h1>
      <div className="fac-two">
        <div className="card">
          <CodeForm label={m('packageCode')} submit={m('openPackage')} onCode={openPackage} />
          {unknownPkg ? <p role="status">{m('unknownPackage')}</p> : null}
        </div>
        <div className="card">
          <CodeForm label={m('deviceCode')} submit={m('receiveDevice')} onCode={receive} camera busy={busy} />
        </div>
      </div>
      <ErrorText error={error} />
      {pkg ? (
        <section className="card" aria-labelledby="fac-pkg-h">
          <h2 id="fac-pkg-h">{m('package', { code: pkg.identifier })}</h2>
          <div className="fac-tally" aria-live="polite">
            <DeviceList
              title={m('expected', { n: expected.length })}
              items={expected.map((d) => ({ key: d.device_id, text: `${d.identifier} · ${d.status}`, id: d.device_id }))}
            />
            <DeviceList
              title={m('received', { n: received.length })}
              items={received.map((d) => ({ key: d.device_id, text: d.identifier, id: d.device_id }))}
            />
            <DeviceList title={m('missing', { n: missing.length })} items={missing.map((d) => ({ key: d.device_id, text: d.identifier, id: null }))} />
            <DeviceList
              title={m('unexpected', { n: unexpected.length })}
              items={unexpected.map((s, i) => ({ key: `${s.code}-${i}`, text: `${s.code} · ${s.outcome}`, id: null }))}
            />
          </div>
        </section>
      ) : scans.length > 0 ? (
        <section className="card" aria-live="polite">
          <DeviceList
            title={m('received', { n: scans.length })}
            items={scans.map((s, i) => ({
              key: `${s.code}-${i}`,
              text: `${s.code} · ${s.outcome}`,
              id: s.outcome === 'received' || s.outcome === 'already' ? s.device_id : null,
            }))}
          />
        </section>
      ) : null}
      <DamagedPackage code={pkg?.identifier ?? ''} onSaved={() => setChanged((n) => n + 1)} />
      <Discrepancies refresh={changed} />
    </section>
  );
}

function DeviceList({ title, items }: { title: string; items: { key: string | number; text: string; id: number | null }[] }) {
  const m = useMessages(facilityMessages);
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{m('none')}</p>
      ) : (
        <ul className="fac-list">
          {items.map((i) => (
            <li key={i.key}>
              {i.text}{' '}
              {i.id !== null ? (
                <Link href={`/admin/facility/devices/${i.id}`}>
                  {m('inspect')}
                  <span className="sr-only">{` ${i.text}`}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
