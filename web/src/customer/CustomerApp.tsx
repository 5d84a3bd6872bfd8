import { useI18n } from '../app/i18n';
import { usePath } from '../app/router';
import { useTenant } from '../app/tenant';
import { Layout, Link } from '../app/ui';
import { SignIn, signOut } from '../features/auth/SignIn';
import { Decision } from '../features/tradeins/Decision';
import { MyTradeIns } from '../features/tradeins/MyTradeIns';
import { CustomerFlow } from './CustomerFlow';

/** The customer app at `/`: the trade-in flow, "my trade-ins" and the decision page. */
export default function CustomerApp() {
  const { t } = useI18n();
  const { user, slug, refreshUser } = useTenant();
  const path = usePath();
  const decision = /^\/decision\/(\d+)$/.exec(path);
  const needsUser = path === '/my' || !!decision;
  const nav = (
    <>
      <Link href="/">{t('home')}</Link>
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
  if ((needsUser || path === '/signin') && !user) body = <SignIn />;
  else if (path === '/my') body = <MyTradeIns />;
  else if (decision) body = <Decision itemId={Number(decision[1])} />;
  else if (path === '/signin') body = <MyTradeIns />;
  else body = <CustomerFlow />;
  return (
    <Layout nav={nav} area="customer">
      {body}
    </Layout>
  );
}
