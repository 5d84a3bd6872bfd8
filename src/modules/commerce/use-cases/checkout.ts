import type { Ctx } from '../../../platform/context.js';
import { withTransaction } from '../../../platform/context.js';
import { formatDecimal, parseDecimal } from '../../../platform/money/index.js';
import type { UserRecord } from '../../org/index.js';
import { CommerceErrors } from '../commerce.errors.js';
import { commerceRepository as repo, type OrderRecord } from '../commerce.repository.js';
import type { CheckoutInput } from '../commerce.schemas.js';
import { CommerceSettings } from '../commerce.settings.js';
import { customerFieldValues } from '../customer-fields.js';
import { allocateTradeInDiscounts, orderLanguageCode, orderNumber, taxRateBp } from '../order-math.js';
import type { TradeInDeviceView } from '../tradeins-port.js';
import { checkoutOptions, resolveAddress } from './checkout-terms.js';
import { Page, userIdOf, type CommerceEnv } from './env.js';

/** An order with its owner (seed 002 nests the user in each address). */
export interface OrderView {
  order: OrderRecord;
  owner: UserRecord | null;
}

/**
 * Creates an order for the signed-in customer. Items with a trade-in register the device in
 * the trade-in core in the same transaction (quote claimed, due diligence applied there),
 * keep the inquiry data in the item's `attributes`, and lower the total by the trade-in value
 * (never below zero) with one discount line each.
 */
export async function checkout(env: CommerceEnv, ctx: Ctx, input: CheckoutInput, client: { ip: string | null }): Promise<OrderView> {
  const userId = userIdOf(ctx);
  const user = await env.deps.users.findById(ctx, userId);
  if (!user) throw CommerceErrors.N300001();
  const currency = ctx.tenant.currency;
  const now = ctx.clock.now();
  const options = checkoutOptions(ctx, input);
  const defaultTaxRate = CommerceSettings.read(ctx.tenant).taxRate;
  const orderId = await withTransaction(ctx, async (tx) => {
    const shippingAddressId = input.shipping_address === undefined ? null : await resolveAddress(tx, user, input.shipping_address, 'shipping_address');
    const billingAddressId = input.billing_address === undefined ? shippingAddressId : await resolveAddress(tx, user, input.billing_address, 'billing_address');
    const shippingMinor = parseDecimal(options.shippingAmount, currency);
    const id = await repo.insertOrder(tx, {
      userId,
      number: orderNumber(now),
      currency,
      languageCode: orderLanguageCode(input.language_code, ctx.locale),
      userEmail: user.email,
      remoteAddr: client.ip,
      shippingAddressId,
      billingAddressId,
      shippingOption: options.shipping,
      paymentOption: options.payment,
      now,
    });
    let subtotal = 0;
    const tradeIns: { itemId: number; device: TradeInDeviceView; attributes: Record<string, unknown> }[] = [];
    for (const item of input.items) {
      const priceMinor = parseDecimal(item.price, currency);
      subtotal += priceMinor * item.quantity;
      const itemId = await repo.insertItem(tx, {
        orderId: id,
        sku: item.product_sku,
        name: item.product_name,
        priceMinor,
        quantity: item.quantity,
        taxRateBp: taxRateBp(item.tax_rate ?? defaultTaxRate),
        now,
      });
      if (!item.tradein) continue;
      const port = env.tradeIns();
      const fields = env.dataFields() ? await env.dataFields()!.list(tx) : [];
      const result = await port.register(
        tx,
        {
          tradeInDevices: [{ priceQuoteId: item.tradein.price_quote_id, deviceIdentifier: item.tradein.device_identifier }],
          customDataFields: customerFieldValues(fields, user, item.tradein.custom_data_fields ?? []),
          isCorporate: false,
          clientFirstName: user.firstName,
          clientLastName: user.lastName,
          tradeInRef: `order-item:${itemId}`,
        },
        { temporary: false, source: 'order' },
      );
      const deviceId = result.devices[0]?.id;
      const device = deviceId === undefined ? null : await port.getDevice(tx, deviceId);
      if (!device) throw CommerceErrors.B300004();
      if (device.currency !== currency) throw CommerceErrors.B300005({ tradeIn: device.currency, order: currency });
      tradeIns.push({
        itemId,
        device,
        attributes: {
          tradein: {
            price_quote_id: item.tradein.price_quote_id,
            device_identifier: item.tradein.device_identifier,
            tradein_id: device.tradeInId,
            tradein_device_id: device.id,
            product_name: device.productName,
            grade: device.gradeName,
            offered_price_minor: device.offeredPriceMinor,
            offered_price: formatDecimal(device.offeredPriceMinor, device.currency),
            currency: device.currency,
          },
        },
      });
    }
    const payable = subtotal + shippingMinor;
    const discounts = allocateTradeInDiscounts(
      payable,
      tradeIns.map((t) => t.device.offeredPriceMinor),
    );
    let discountTotal = 0;
    for (const [i, t] of tradeIns.entries()) {
      const discount = discounts[i];
      discountTotal += discount;
      Object.assign(t.attributes.tradein as Record<string, unknown>, { discount_minor: discount, discount: formatDecimal(discount, currency) });
      await repo.setItemTradeIn(tx, t.itemId, t.device.id, t.attributes);
      await repo.insertDiscount(tx, { orderId: id, orderItemId: t.itemId, name: `Trade-in: ${t.device.productName}`, amountMinor: discount, now });
    }
    await repo.setOrderTotals(tx, id, { withoutDiscount: payable, discount: discountTotal, amount: payable - discountTotal, shipping: shippingMinor });
    return id;
  });
  return { order: (await repo.findOrders(ctx, { userId, orderId, limit: 1, offset: 0 })).orders[0], owner: user };
}

/** The signed-in user's orders, newest first, with the user (nested in the addresses). */
export async function listOrders(
  env: CommerceEnv,
  ctx: Ctx,
  page: { limit: number; offset: number },
): Promise<{ count: number; orders: OrderRecord[]; owner: UserRecord | null }> {
  const userId = userIdOf(ctx);
  const { count, orders } = await repo.findOrders(ctx, { userId, ...Page(page) });
  return { count, orders, owner: await env.deps.users.findById(ctx, userId) };
}

/** One of the signed-in user's orders; N300001 for anyone else's. */
export async function getOrder(env: CommerceEnv, ctx: Ctx, orderId: number): Promise<OrderView> {
  const userId = userIdOf(ctx);
  const { orders } = await repo.findOrders(ctx, { userId, orderId, limit: 1, offset: 0 });
  if (!orders[0]) throw CommerceErrors.N300001();
  return { order: orders[0], owner: await env.deps.users.findById(ctx, userId) };
}
