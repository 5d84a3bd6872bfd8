import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { shellMessages } from './messages';

/** Staff roles that may open the back office at all. */
export const STAFF_ROLES = ['admin', 'facility_lead', 'technician', 'agent'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * One area of the back office: where it lives, who sees it, and its screens (a lazy chunk).
 * The server enforces the same roles on every admin route; this only decides what is shown.
 */
export interface Area {
  path: string;
  label: keyof (typeof shellMessages)['en'];
  roles: readonly StaffRole[];
  screen: LazyExoticComponent<ComponentType>;
}

export const AREAS: readonly Area[] = [
  { path: '/admin', label: 'dashboard', roles: ['admin', 'facility_lead'], screen: lazy(() => import('./dashboard/DashboardArea')) },
  { path: '/admin/facility', label: 'facility', roles: ['admin', 'facility_lead', 'technician'], screen: lazy(() => import('./facility/FacilityArea')) },
  { path: '/admin/logistics', label: 'logistics', roles: ['admin', 'facility_lead', 'agent'], screen: lazy(() => import('./logistics/LogisticsArea')) },
  { path: '/admin/setup', label: 'setup', roles: ['admin'], screen: lazy(() => import('./setup/SetupArea')) },
  { path: '/admin/upgrade', label: 'upgrade', roles: ['admin', 'facility_lead'], screen: lazy(() => import('./upgrade/UpgradeArea')) },
];

/** The area a path belongs to (the longest matching prefix), among those the role may see. */
export function areaFor(path: string, role: string): Area | null {
  const visible = AREAS.filter((a) => (a.roles as readonly string[]).includes(role));
  const matches = visible.filter((a) => path === a.path || path.startsWith(`${a.path}/`));
  return matches.sort((a, b) => b.path.length - a.path.length)[0] ?? null;
}
