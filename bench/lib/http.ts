/**
 * The HTTP client the scenarios use to prepare their data (not for the timed window, which is
 * autocannon's). Plain fetch with keep-alive; a tiny cookie jar for session surfaces.
 */
export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly text: string,
  ) {
    super(`${method} ${path} → ${status} ${text.slice(0, 300)}`);
  }
}

export class Http {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  /** A client sharing the base URL and default headers with an empty cookie jar. */
  fork(headers: Record<string, string> = {}): Http {
    return new Http(this.baseUrl, { ...this.defaultHeaders, ...headers });
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    const h: Record<string, string> = { ...this.defaultHeaders, ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookies.size) h.cookie = this.cookieHeader();
    const csrf = this.cookies.get('csrftoken');
    if (csrf && method !== 'GET') h['x-csrftoken'] = csrf;
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, text, headers: res.headers };
  }

  /** Like {@link request} but throws {@link HttpError} unless the status is 2xx. */
  async ok<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    const res = await this.request<T>(method, path, body, headers);
    if (res.status < 200 || res.status > 299) throw new HttpError(method, path, res.status, res.text);
    return res.body;
  }

  get<T = unknown>(path: string, headers?: Record<string, string>) {
    return this.ok<T>('GET', path, undefined, headers);
  }

  post<T = unknown>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.ok<T>('POST', path, body, headers);
  }
}

/** True when the server has no route for this method and path (the platform's N000001). */
export async function routeMissing(http: Http, method: string, path: string, body?: unknown): Promise<boolean> {
  const res = await http.request<{ code?: string }>(method, path, body);
  return res.status === 404 && typeof res.body === 'object' && res.body !== null && res.body.code === 'N000001';
}
