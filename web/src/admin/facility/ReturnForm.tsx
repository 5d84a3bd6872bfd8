import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Field } from '../../app/ui';
import { facilityMessages } from './messages';

type Address = { name: string; street1: string; street2: string; post_code: string; city: string; country_code: string; phone: string; email: string };
type Problem = 'required' | 'badCountry' | 'badEmail';

const EMPTY: Address = { name: '', street1: '', street2: '', post_code: '', city: '', country_code: '', phone: '', email: '' };
const REQUIRED = ['name', 'street1', 'post_code', 'city', 'country_code'] as const;

/** What the carrier would refuse, found before the call so each field can say what is wrong. */
export function addressProblems(a: Address): Partial<Record<keyof Address, Problem>> {
  const out: Partial<Record<keyof Address, Problem>> = {};
  for (const k of REQUIRED) if (!a[k].trim()) out[k] = 'required';
  if (a.country_code.trim() && !/^[A-Za-z]{2}$/.test(a.country_code.trim())) out.country_code = 'badCountry';
  if (a.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())) out.email = 'badEmail';
  return out;
}

/**
 * The address a rejected device goes back to, started from what the server knows (an earlier
 * return, the customer's name and e-mail); on success the return label opens for printing.
 */
export function ReturnForm({
  deviceId,
  onCreated,
  onCancel,
}: {
  deviceId: number;
  onCreated(r: { labelUrl: string | null; manual: boolean }): void;
  onCancel(): void;
}) {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const path = { tenant: slug, id: deviceId };
  const [a, setA] = useState<Address>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api
      .GET('/api/{tenant}/admin/facility/devices/{id}/return-address', { params: { path } })
      .then((res) => {
        const known = unwrap(res);
        // What staff typed meanwhile wins over the late prefill.
        if (live) setA((cur) => Object.fromEntries(Object.entries(cur).map(([k, v]) => [k, v || (known[k as keyof Address] ?? '')])) as Address);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [slug, deviceId]);

  const problems = addressProblems(a);
  const shown = touched ? problems : {};
  const err = (k: keyof Address) => (shown[k] ? m(shown[k]) : null);
  const set = (k: keyof Address) => (v: string) => setA({ ...a, [k]: v });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setPending(true);
    try {
      const trimmed = Object.fromEntries(
        Object.entries(a)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      const r = unwrap(
        await api.POST('/api/{tenant}/admin/facility/devices/{id}/return', {
          params: { path },
          body: { to_address: { ...trimmed, country_code: a.country_code.trim().toUpperCase() } },
        }),
      );
      if (r.label_url) window.open(r.label_url, '_blank', 'noopener');
      onCreated({ labelUrl: r.label_url, manual: r.manual });
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  const titleId = `return-h-${deviceId}`;
  return (
    <form className="fac-return" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={titleId}>{m('returnTo', { id: deviceId })}</h3>
      <div className="fac-address">
        <Field label={m('addrName')} name="name" value={a.name} onChange={set('name')} error={err('name')} required autoComplete="name" />
        <Field label={m('addrStreet1')} name="street1" value={a.street1} onChange={set('street1')} error={err('street1')} required />
        <Field label={m('addrStreet2')} name="street2" value={a.street2} onChange={set('street2')} />
        <Field label={m('addrPostCode')} name="post_code" value={a.post_code} onChange={set('post_code')} error={err('post_code')} required />
        <Field label={m('addrCity')} name="city" value={a.city} onChange={set('city')} error={err('city')} required />
        <Field
          label={m('addrCountry')}
          name="country_code"
          value={a.country_code}
          onChange={set('country_code')}
          error={err('country_code')}
          hint={m('addrCountryHint')}
          required
        />
        <Field label={m('addrPhone')} name="phone" type="tel" value={a.phone} onChange={set('phone')} />
        <Field label={m('addrEmail')} name="email" type="email" value={a.email} onChange={set('email')} error={err('email')} />
      </div>
      {touched && Object.keys(problems).length > 0 ? (
        <p className="error" role="alert">
          {m('fixAddress')}
        </p>
      ) : null}
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {m('printReturnLabel')}
        </button>
        <button type="button" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}
