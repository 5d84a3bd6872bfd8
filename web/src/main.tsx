import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { I18nProvider, useI18n } from './app/i18n';
import { usePath } from './app/router';
import { TenantProvider } from './app/tenant';
import { ErrorText } from './app/ui';
import CustomerApp from './customer/CustomerApp';
import './styles.css';

// The point of sale is its own chunk: the customer's first load does not carry it.
const StoreApp = lazy(() => import('./store/StoreApp'));
const AdminApp = lazy(() => import('./admin/AdminApp'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      networkMode: 'always',
    },
    mutations: { networkMode: 'always' },
  },
});

function Fallback({ error, retry }: { error: unknown; retry(): void }) {
  const { t } = useI18n();
  return (
    <main className="fatal">
      <ErrorText error={error} />
      <button type="button" onClick={retry}>
        {t('retry')}
      </button>
    </main>
  );
}

function Root() {
  const path = usePath();
  const { t } = useI18n();
  return (
    <TenantProvider fallback={(error, retry) => <Fallback error={error} retry={retry} />}>
      {path === '/store' || path.startsWith('/store/') ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <StoreApp />
        </Suspense>
      ) : path === '/admin' || path.startsWith('/admin/') ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <AdminApp />
        </Suspense>
      ) : (
        <CustomerApp />
      )}
    </TenantProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <Root />
    </I18nProvider>
  </QueryClientProvider>,
);
