import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useTenant } from '../../../app/tenant';
import { keys } from '../keys';

export type ExclusionKind = 'item_group' | 'manufacturer' | 'item' | 'variant';

/** Hides a catalog entry from the tenant's programme; the browse lists refresh. */
export function useExclude() {
  const { slug } = useTenant();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (target: { kind: ExclusionKind; id: number }) =>
      unwrap(await api.POST('/api/{tenant}/admin/catalog/exclusions', { params: { path: { tenant: slug } }, body: target })),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: keys.exclusions(slug) }), qc.invalidateQueries({ queryKey: ['admin', slug, 'tree'] })]),
  });
}
