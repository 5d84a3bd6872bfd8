import { Suspense, useEffect } from 'react';
import { useI18n, useMessages } from '../app/i18n';
import { navigate, usePath } from '../app/router';
import { useTenant } from '../app/tenant';
import { Layout, Link } from '../app/ui';
import { SignIn, signOut } from '../features/auth/SignIn';
import { AREAS, areaFor, STAFF_ROLES } from './areas';
import { shellMessages } from './messages';

/** The back office at `/admin`, for a tenant's staff on a desktop: one area per role's work. */
export default function AdminApp() {
  const { t } = useI18n();
  const m = useMessages(shellMessages);
  const { user, slug, refreshUser } = useTenant();
  const path = usePath();
  const staff = !!user && (STAFF_ROLES as readonly string[]).includes(user.role);
  const visible = staff ? AREAS.filter((a) => (a.roles as readonly string[]).includes(user.role)) : [];
  const area = staff ? areaFor(path, user.role) : null;
  // `/admin` itself belongs to the dashboard; a role without it starts at its first area.
  const landing = staff && path === '/admin' && !area ? visible[0]?.path : undefined;
  useEffect(() => {
    if (landing) navigate(landing, true);
  }, [landing]);

  const nav = staff ? (
    <>
      {visible.map((a) => (
        <Link key={a.path} href={a.path} className={area === a ? 'current' : undefined}>
          {m(a.label)}
        </Link>
      ))}
      <button type="button" className="link" onClick={() => void signOut(slug, refreshUser)}>
        {t('signOut')}
      </button>
    </>
  ) : null;
  const Screen = area?.screen;
  return (
    <Layout nav={nav} area="admin" tag={m('backOffice')}>
      {!user ? (
        <SignIn allowSignUp={false} title={m('signInTitle')} />
      ) : !staff ? (
        <p className="error">{m('notStaff')}</p>
      ) : Screen ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Screen />
        </Suspense>
      ) : landing ? null : (
        <section className="card not-found" aria-labelledby="nf-h">
          <h1 id="nf-h">{m('notFound')}</h1>
          <Link href="/admin">{m('backOffice')}</Link>
        </section>
      )}
    </Layout>
  );
}
