import { z } from 'zod';

/**
 * Settings that hold where a browser is sent (redirects, links in emails) accept only what
 * cannot become an open redirect or a script: a path on this site, or an https URL.
 */

/** A path on this site: `/…`, never `//host…` or `/\host…` (browsers read both as another host). */
export const sameSitePath = () =>
  z
    .string()
    .max(500)
    .regex(/^\/(?![/\\])[^\s\\]*$/, 'must be a path on this site, starting with a single "/"');

/** An absolute https URL without credentials. */
export const httpsUrl = () =>
  z
    .string()
    .max(500)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && !url.username && !url.password && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, 'must be an https URL');

/** An absolute http(s) URL (server-to-server endpoints; never `javascript:`, `data:`, `file:` …). */
export const httpUrl = () =>
  z
    .string()
    .max(500)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, 'must be an http or https URL');

/** Whether `value` is a same-site path (for checks outside zod, e.g. a `next` parameter). */
export function isSameSitePath(value: string): boolean {
  return sameSitePath().safeParse(value).success;
}
