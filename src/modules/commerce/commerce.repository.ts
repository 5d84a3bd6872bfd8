/**
 * Commerce's SQL, split by role under `repositories/`: `orders`, `order-items`, `decisions`,
 * `cancellations`, `old-orders` (records in `records.ts`, row mapping in `rows.ts`).
 * `commerceRepository` is their union, as the use cases import it.
 */
import { cancellationsRepository } from './repositories/cancellations.repository.js';
import { decisionsRepository } from './repositories/decisions.repository.js';
import { oldOrdersRepository } from './repositories/old-orders.repository.js';
import { orderItemsRepository } from './repositories/order-items.repository.js';
import { ordersRepository } from './repositories/orders.repository.js';

export type {
  CancellationReasonRecord,
  CancellationRequestRecord,
  DiscountItemRecord,
  EasyReturnRecord,
  OldOrderRecord,
  OptionSnapshot,
  OrderItemRecord,
  OrderRecord,
} from './repositories/records.js';
export type { DecisionCustomer } from './repositories/decisions.repository.js';
export { DEFAULT_REASONS } from './repositories/cancellations.repository.js';

export const commerceRepository = {
  ...ordersRepository,
  ...orderItemsRepository,
  ...decisionsRepository,
  ...cancellationsRepository,
  ...oldOrdersRepository,
};
