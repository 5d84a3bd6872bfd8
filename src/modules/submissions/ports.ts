import type { Ctx } from '../../platform/context.js';

/** A postal address on a label. */
export interface KitAddress {
  name: string;
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string | null;
  phone: string | null;
}

/**
 * Produces the mail-in label of an accepted submission. The logistics module implements it with
 * its carriers; until it is wired, {@link PrintableKit} gives a printable PDF label.
 */
export interface MailInKit {
  createMailInLabel(ctx: Ctx, input: { reference: string; fromAddress: KitAddress }): Promise<{ shipmentId: string | null; labelUrl: string }>;
}

/** Fallback kit: the label is our PDF, rendered on request at the submission's kit URL. */
export class PrintableKit implements MailInKit {
  constructor(private readonly publicUrl: string) {}

  async createMailInLabel(ctx: Ctx, input: { reference: string }): Promise<{ shipmentId: string | null; labelUrl: string }> {
    return { shipmentId: null, labelUrl: `${this.publicUrl}/api/${ctx.tenant.slug}/submissions/${input.reference}/kit` };
  }
}
