import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Field } from '../../app/ui';

/** Sign in, or (customers) create an account; the server sets the session and CSRF cookies. */
export function SignIn({ allowSignUp = true, title }: { allowSignUp?: boolean; title?: string }) {
  const { t } = useI18n();
  const { slug, refreshUser } = useTenant();
  const [mode, setMode] = useState<'in' | 'up'>('in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'in') unwrap(await api.POST('/api/{tenant}/auth/login', { params: { path: { tenant: slug } }, body: { email, password } }));
      else
        unwrap(
          await api.POST('/api/{tenant}/auth/register', {
            params: { path: { tenant: slug } },
            body: { email, password, first_name: first, last_name: last },
          }),
        );
      await refreshUser();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card signin" onSubmit={submit} noValidate>
      <h2>{title ?? (mode === 'in' ? t('signIn') : t('signUp'))}</h2>
      {mode === 'up' ? (
        <>
          <Field label={t('firstName')} value={first} onChange={setFirst} autoComplete="given-name" required />
          <Field label={t('lastName')} value={last} onChange={setLast} autoComplete="family-name" required />
        </>
      ) : null}
      <Field label={t('email')} type="email" value={email} onChange={setEmail} autoComplete="email" inputMode="email" required name="email" />
      <Field
        label={t('password')}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete={mode === 'in' ? 'current-password' : 'new-password'}
        required
        name="password"
      />
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'in' ? t('signIn') : t('signUp')}
        </button>
        {allowSignUp ? (
          <button type="button" className="link" onClick={() => setMode(mode === 'in' ? 'up' : 'in')}>
            {mode === 'in' ? t('noAccount') : t('haveAccount')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export async function signOut(slug: string, refresh: () => Promise<void>): Promise<void> {
  await api.POST('/api/{tenant}/auth/logout', { params: { path: { tenant: slug } } });
  sessionStorage.clear();
  await refresh();
}
