import type { Container } from './container.js';

/**
 * Builds the read-mostly in-memory data of the default tenant (catalog search index with its
 * TAC table, working prices) before the server takes traffic, so the first search or due
 * diligence check after a start is as fast as every later one.
 */
export async function warmCaches(c: Container): Promise<void> {
  const tenant = await c.modules.org.tenants.findBySlug(c.config.defaultTenant);
  if (!tenant) return;
  const ctx = await c.tenantCtx(tenant.slug);
  await c.modules.catalog.searchModels(ctx, { term: 'iphone', limit: 1 });
}
