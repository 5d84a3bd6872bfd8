/** An API answer that is not 2xx: the stable error `code` (e.g. `B090030`) and the localized message. */
export class TradeinApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'TradeinApiError';
  }
}

interface ErrorBody {
  code?: string;
  Code?: string;
  message?: string;
  Message?: string;
}

/**
 * The data of an openapi-fetch result, or a {@link TradeinApiError} with the answer's code.
 * `const quote = unwrap(await api.POST('/api/v2/retail/price-quote', { body }))`.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  const body = (result.error ?? {}) as ErrorBody;
  throw new TradeinApiError(
    result.response.status,
    body.code ?? body.Code ?? `HTTP_${result.response.status}`,
    body.message ?? body.Message ?? result.response.statusText,
    result.error,
  );
}
