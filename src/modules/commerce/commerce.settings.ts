import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';
import { httpsUrl, sameSitePath } from '../../platform/safe-url.js';

const Slug = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/);
const Amount = z.string().regex(/^\d{1,7}(\.\d{1,2})?$/);

/** A delivery the storefront offers (seed 002 `shipping_option`, `shipping_option_slug`). */
const ShippingOption = z
  .object({
    pk: z.number().int().positive(),
    slug: Slug,
    name: z.string().min(1).max(200),
    /** Price of the delivery in major units of the tenant's currency. */
    amount: Amount.default('0.00'),
    /** The carrier (seed 002 `shipping_company: { value, label }`). */
    shippingCompany: z.object({ value: Slug, label: z.string().min(1).max(200) }),
    /** Whether the carrier also picks up returns (seed 002 `available_easy_return_shipping_companies`). */
    easyReturn: z.boolean().default(false),
  })
  .strict();

/** A way to pay (seed 002 `payment_option: { pk, name, payment_type, slug }`). */
const PaymentOption = z.object({ pk: z.number().int().positive(), slug: Slug, name: z.string().min(1).max(200), paymentType: Slug }).strict();

export type ShippingOptionSetting = z.output<typeof ShippingOption>;
export type PaymentOptionSetting = z.output<typeof PaymentOption>;

const uniquePks = (list: { pk: number; slug: string }[]) =>
  new Set(list.map((o) => o.pk)).size === list.length && new Set(list.map((o) => o.slug)).size === list.length;

/** Storefront settings of a tenant (`settings.commerce`). */
export const CommerceSettings = defineSettingsSection(
  'commerce',
  z
    .object({
      /** Base URL of the tenant's storefront for email links; default the server's PUBLIC_URL. */
      storefrontUrl: httpsUrl().nullable().default(null),
      /** Where a browser without a session is sent to sign in (`next` carries the way back). */
      loginPath: sameSitePath().default('/login'),
      /** How long approve/reject links stay valid. */
      decisionLinkDays: z.number().int().min(1).max(90).default(30),
      /** Deliveries offered at checkout; the first is the default. */
      shippingOptions: z
        .array(ShippingOption)
        .min(1)
        .max(50)
        .refine(uniquePks, 'pk and slug must be unique')
        .default([
          {
            pk: 1,
            slug: 'standard',
            name: 'Standard delivery',
            amount: '0.00',
            shippingCompany: { value: 'standard', label: 'Standard carrier' },
            easyReturn: true,
          },
        ]),
      /** Ways to pay offered at checkout; the first is the default. */
      paymentOptions: z
        .array(PaymentOption)
        .min(1)
        .max(50)
        .refine(uniquePks, 'pk and slug must be unique')
        .default([
          { pk: 1, slug: 'credit_card', name: 'Credit card', paymentType: 'credit_card' },
          { pk: 2, slug: 'pay_on_delivery', name: 'Pay on delivery', paymentType: 'pay_on_delivery' },
        ]),
      /** VAT rate (percent) of an item whose checkout line names none. */
      taxRate: z
        .string()
        .regex(/^\d{1,2}(\.\d{1,2})?$/)
        .default('20.00'),
    })
    .strict(),
);
