import crypto from 'node:crypto';
import type { Ctx } from '../../../platform/context.js';
import type { UserRecord } from '../../org/index.js';
import { addressesRepository } from '../addresses.repository.js';
import { CommerceErrors, onField } from '../commerce.errors.js';
import type { OptionSnapshot } from '../commerce.repository.js';
import type { AddressInput } from '../commerce.schemas.js';
import { CommerceSettings, type PaymentOptionSetting, type ShippingOptionSetting } from '../commerce.settings.js';

/** The country's name in `locale` (`tr` → `Türkiye`), or the upper-cased code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** seed 002's `hash_data`: a digest of the address's content (same address, same hash). */
export function addressHash(a: AddressInput, email: string): string {
  const content = [
    a.first_name,
    a.last_name,
    email,
    a.phone_number,
    a.country,
    a.city,
    a.township,
    a.district,
    a.line,
    a.title,
    a.postcode,
    a.company_name,
    a.tax_office,
    a.tax_no,
    a.identity_number,
    a.is_corporate,
    a.e_bill_taxpayer,
    a.notes,
  ];
  return crypto
    .createHash('md5')
    .update(JSON.stringify(content.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : (v ?? null)))))
    .digest('hex');
}

/**
 * The pk of an address given at checkout: one of the customer's earlier addresses (`B300010`
 * when it is not theirs), or a new one stored with its places (country, city, township,
 * district) — identical content is stored once.
 */
export async function resolveAddress(ctx: Ctx, user: UserRecord, ref: number | AddressInput, field: string): Promise<number> {
  if (typeof ref === 'number') {
    if (!(await addressesRepository.isOwned(ctx, user.id, ref))) throw onField(CommerceErrors.B300010({ id: ref }), field, ctx.locale);
    return ref;
  }
  const now = ctx.clock.now();
  const code = ref.country.toLowerCase();
  const countryId = await addressesRepository.place(ctx, 'country', null, countryName(code, ctx.tenant.defaultLocale), code, now);
  const cityId = await addressesRepository.place(ctx, 'city', countryId, ref.city, null, now);
  const townshipId = ref.township ? await addressesRepository.place(ctx, 'township', cityId, ref.township, null, now) : null;
  const districtId = ref.district ? await addressesRepository.place(ctx, 'district', townshipId ?? cityId, ref.district, null, now) : null;
  const email = ref.email ?? user.email;
  return addressesRepository.upsert(ctx, {
    userId: user.id,
    hashData: addressHash(ref, email),
    email,
    phoneNumber: ref.phone_number,
    firstName: ref.first_name,
    lastName: ref.last_name,
    countryId,
    cityId,
    townshipId,
    districtId,
    line: ref.line,
    title: ref.title,
    postcode: ref.postcode,
    notes: ref.notes ?? null,
    companyName: ref.company_name,
    taxOffice: ref.tax_office,
    taxNo: ref.tax_no,
    eBillTaxpayer: ref.e_bill_taxpayer,
    identityNumber: ref.identity_number ?? null,
    isCorporate: ref.is_corporate,
    now,
  });
}

function pick<T extends { pk: number; slug: string }>(options: readonly T[], ref: number | string | undefined): T | undefined {
  if (ref === undefined) return options[0];
  return options.find((o) => (typeof ref === 'number' ? o.pk === ref : o.slug === ref));
}

export function shippingSnapshot(o: ShippingOptionSetting): OptionSnapshot {
  return { pk: o.pk, slug: o.slug, name: o.name, amount: o.amount, shipping_company: o.shippingCompany, easy_return: o.easyReturn };
}

function paymentSnapshot(o: PaymentOptionSetting): OptionSnapshot {
  return { pk: o.pk, slug: o.slug, name: o.name, payment_type: o.paymentType };
}

/** The tenant's shipping and payment options chosen at checkout (default: the first of each). */
export function checkoutOptions(
  ctx: Ctx,
  input: { shipping_option?: number | string; payment_option?: number | string },
): { shipping: OptionSnapshot; shippingAmount: string; payment: OptionSnapshot } {
  const s = CommerceSettings.read(ctx.tenant);
  const shipping = pick(s.shippingOptions, input.shipping_option);
  if (!shipping) throw onField(CommerceErrors.B300008({ ref: String(input.shipping_option) }), 'shipping_option', ctx.locale);
  const payment = pick(s.paymentOptions, input.payment_option);
  if (!payment) throw onField(CommerceErrors.B300009({ ref: String(input.payment_option) }), 'payment_option', ctx.locale);
  return { shipping: shippingSnapshot(shipping), shippingAmount: shipping.amount, payment: paymentSnapshot(payment) };
}

/** The tenant's carriers that pick up returns (seed 002 `available_easy_return_shipping_companies`). */
export function easyReturnCarriers(tenant: Ctx['tenant']): ShippingOptionSetting[] {
  return CommerceSettings.read(tenant).shippingOptions.filter((o) => o.easyReturn);
}
