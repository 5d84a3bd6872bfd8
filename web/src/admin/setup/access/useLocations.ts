import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useTenant } from '../../../app/tenant';
import { keys } from '../keys';

/** The tenant's stores, warehouses and facilities. */
export function useLocations() {
  const { slug } = useTenant();
  return useQuery({
    queryKey: keys.locations(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/locations', { params: { path: { tenant: slug } } })).results,
  });
}
