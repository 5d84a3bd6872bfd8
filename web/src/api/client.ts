import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../packages/sdk/src/schema';

/** A refusal from the server, with its stable code and localized message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Connection lost (fetch failed) — shown as a banner, never a blank page. */
export class OfflineError extends Error {}

function csrfToken(): string | null {
  const m = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]) : null;
}

let language = 'en';
/** The UI language; sent as Accept-Language so server messages come back in it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (request.method !== 'GET') {
      const token = csrfToken();
      if (token) request.headers.set('x-csrftoken', token);
    }
    return request;
  },
};

const offlineListeners = new Set<(offline: boolean) => void>();
export function onConnectivity(fn: (offline: boolean) => void): () => void {
  offlineListeners.add(fn);
  return () => offlineListeners.delete(fn);
}
const notify = (offline: boolean) => offlineListeners.forEach((fn) => fn(offline));

async function trackedFetch(input: Request): Promise<Response> {
  try {
    const res = await fetch(input);
    notify(false);
    return res;
  } catch {
    notify(true);
    throw new OfflineError('offline');
  }
}

/** Typed client over the committed openapi.json (see scripts/write-openapi.ts). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: trackedFetch });
api.use(headers);

interface ErrorBody {
  code?: string;
  error_code?: string;
  message?: string;
  detail?: string;
  fields?: { path?: string; message?: string }[];
}

/** The data of an openapi-fetch answer, or an {@link ApiError} with the server's message. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = (result.error ?? {}) as ErrorBody;
    const first = body.fields?.[0];
    throw new ApiError(
      result.response.status,
      body.code ?? body.error_code ?? String(result.response.status),
      first?.message ?? body.message ?? body.detail ?? result.response.statusText,
      first?.path,
    );
  }
  return result.data as T;
}
