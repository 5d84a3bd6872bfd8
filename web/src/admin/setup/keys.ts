/** React Query keys of programme setup, so a save refreshes the lists that show it. */
export const keys = {
  campaigns: (slug: string) => ['admin', slug, 'campaigns'],
  forms: (slug: string) => ['admin', slug, 'grading-forms'],
  dataFields: (slug: string) => ['admin', slug, 'data-fields'],
  settings: (slug: string) => ['admin', slug, 'settings'],
  locations: (slug: string) => ['admin', slug, 'locations'],
  users: (slug: string) => ['admin', slug, 'users'],
  apiKeys: (slug: string) => ['admin', slug, 'api-keys'],
  valuations: (slug: string) => ['admin', slug, 'valuations'],
  blocklist: (slug: string) => ['admin', slug, 'blocklist'],
  exclusions: (slug: string) => ['admin', slug, 'exclusions'],
  webhooks: (slug: string) => ['admin', slug, 'webhooks'],
};
