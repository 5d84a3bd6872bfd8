import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from './i18n';

export type User = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;

async function fetchMe(slug: string) {
  return unwrap(await api.GET('/api/{tenant}/web/session', { params: { path: { tenant: slug } } })).user;
}

async function fetchConfig() {
  const { slug } = unwrap(await api.GET('/api/web/tenant'));
  return unwrap(await api.GET('/api/{tenant}/web/config', { params: { path: { tenant: slug } } }));
}

export type TenantConfig = Awaited<ReturnType<typeof fetchConfig>>;

interface TenantCtx {
  config: TenantConfig;
  slug: string;
  user: User | null | undefined;
  refreshUser(): Promise<void>;
}

const Ctx = createContext<TenantCtx | null>(null);

/** Loads the tenant (from the host), applies its branding and tracks the signed-in user. */
export function TenantProvider({ children, fallback }: { children: ReactNode; fallback: (error: unknown, retry: () => void) => ReactNode }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const config = useQuery({ queryKey: ['config'], queryFn: fetchConfig, staleTime: 5 * 60_000 });
  const slug = config.data?.slug;
  const me = useQuery({ queryKey: ['me', slug], queryFn: () => fetchMe(slug!), enabled: !!slug });
  useEffect(() => {
    if (!config.data) return;
    const root = document.documentElement.style;
    root.setProperty('--brand', config.data.branding.primary_color);
    root.setProperty('--on-brand', config.data.branding.on_primary_color);
    document.title = config.data.name;
  }, [config.data]);
  if (config.isError) return <>{fallback(config.error, () => void config.refetch())}</>;
  if (!config.data)
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  const value: TenantCtx = {
    config: config.data,
    slug: config.data.slug,
    user: me.data,
    refreshUser: async () => {
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useTenant(): TenantCtx {
  const v = useContext(Ctx);
  if (!v) throw new Error('TenantProvider missing');
  return v;
}
