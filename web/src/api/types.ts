import type { paths } from '../../../packages/sdk/src/schema';

/** The JSON body a route answers with `status`, straight from the generated OpenAPI types. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends Record<S, { content: { 'application/json': infer J } }>
    ? J
    : never
  : never;

export type Model = ResponseOf<'/api/{tenant}/catalog/models', 'get'>['results'][number];
export type GradingForm = ResponseOf<'/api/{tenant}/catalog/models/{id}/grading_form', 'get'>;
export type Quote = ResponseOf<'/api/{tenant}/price_quotes', 'post'>;
export type TradeIn = ResponseOf<'/api/{tenant}/tradeins/{id}', 'get'>;
export type Diligence = ResponseOf<'/api/{tenant}/due_diligence/checks', 'post'>;
export type OrderTradeIn = ResponseOf<'/api/{tenant}/order_tradeins', 'get'>['results'][number];
