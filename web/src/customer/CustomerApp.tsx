import { lazy, Suspense } from 'react';
import { useI18n } from '../app/i18n';
import { usePath } from '../app/router';
import { useTenant } from '../app/tenant';
import { Layout, Link } from '../app/ui';
import { SignIn, signOut } from '../features/auth/SignIn';
import { NotFound } from '../features/not-found/NotFound';
import { Decision } from '../features/tradeins/Decision';
import { MyTradeIns } from '../features/tradeins/MyTradeIns';
import { CustomerFlow } from './CustomerFlow';

// Mail-in is its own chunk: the first screen (find a device) does not carry it.
const MailIn = lazy(() => import('../features/submissions/MailIn'));

/** The customer app at `/`: the trade-in flow, mail-in (send by post), "my trade-ins" and the decision page. */
export default function CustomerApp() {
  const { t } = useI18n();
  const { user, slug, refreshUser } = useTenant();
  const path = usePath();
  const decision = /^\/decision\/(\d+)$/.exec(path);
  const mailIn = /^\/mail-in(?:\/([A-Za-z0-9_]+))?\/?$/.exec(path);
  const known = path === '/' || path === '/my' || path === '/signin' || !!decision || !!mailIn;
  const needsUser = path === '/my' || !!decision || !!mailIn;
  const nav = (
    <>
      <Link href="/">{t('home')}</Link>
      <Link href="/mail-in">{t('mailIn')}</Link>
      {user ? <Link href="/my">{t('myTradeIns')}</Link> : null}
      {user ? (
        <button type="button" className="link" onClick={() => void signOut(slug, refreshUser)}>
          {t('signOut')}
        </button>
      ) : (
        <Link href="/signin">{t('signIn')}</Link>
      )}
    </>
  );
  let body;
  if (!known) body = <NotFound home="/" />;
  else if ((needsUser || path === '/signin') && !user) body = <SignIn />;
  else if (path === '/my' || path === '/signin') body = <MyTradeIns />;
  else if (decision) body = <Decision itemId={Number(decision[1])} />;
  else if (mailIn)
    body = (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <MailIn part={mailIn[1]} />
      </Suspense>
    );
  else body = <CustomerFlow />;
  return (
    <Layout nav={nav} area="customer">
      {body}
    </Layout>
  );
}
