import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useTenant } from '../../../app/tenant';
import { keys } from '../keys';
import type { Section } from './SectionForm';

/** The tenant's settings (secrets masked by the server). */
export function useSettings() {
  const { slug } = useTenant();
  return useQuery({
    queryKey: keys.settings(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/settings', { params: { path: { tenant: slug } } })),
  });
}

/** One section of the settings, `{}` when the tenant has not set it. */
export function section(settings: Record<string, unknown>, name: string): Section {
  const v = settings[name];
  return v && typeof v === 'object' ? (v as Section) : {};
}
