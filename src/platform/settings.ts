import type { z } from 'zod';
import type { TenantRef } from './context.js';

const sections = new Map<string, z.ZodType>();

/**
 * A module's section of tenant settings (`settings[name]`), with defaults. Modules own their
 * sections; the org module validates a whole settings object against every registered section.
 */
export function defineSettingsSection<S extends z.ZodType>(name: string, schema: S) {
  sections.set(name, schema);
  const cache = new WeakMap<object, z.output<S>>();
  return {
    name,
    schema,
    /** The tenant's section with defaults applied (memoized per settings object). */
    read(tenant: Pick<TenantRef, 'settings'>): z.output<S> {
      let value = cache.get(tenant.settings);
      if (value === undefined) {
        value = schema.parse(tenant.settings[name] ?? {}) as z.output<S>;
        cache.set(tenant.settings, value);
      }
      return value;
    },
  };
}

/** Validates every registered section present in `settings`; returns the messages of failures. */
export function validateSettings(settings: Record<string, unknown>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const schema = sections.get(key);
    if (!schema) {
      problems.push({ path: key, message: 'unknown settings section' });
      continue;
    }
    const res = schema.safeParse(value);
    if (!res.success) {
      for (const issue of res.error.issues) problems.push({ path: [key, ...issue.path].join('.'), message: issue.message });
    }
  }
  return problems;
}

export function settingsSections(): string[] {
  return [...sections.keys()];
}
