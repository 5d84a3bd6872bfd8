import { randomToken } from '../../../platform/ids/index.js';
import type { renderShippingLabel } from '../label-renderer.js';
import type { Carrier } from './carrier.js';

/** The renderer loaded on first use: it pulls in the PDF writer, the font and the barcode encoders. */
async function renderInProcess(...args: Parameters<typeof renderShippingLabel>): ReturnType<typeof renderShippingLabel> {
  return (await import('../label-renderer.js')).renderShippingLabel(...args);
}

/**
 * Labels printed by the store itself: a PDF per shipment with one page per package. The render
 * function is injectable so the render pool can take it over (it is pure and serialisable).
 */
export function selfPrintCarrier(render: typeof renderShippingLabel = renderInProcess): Carrier {
  return {
    name: 'self-print',
    enabled: () => true,
    maxPackages: () => null,
    async createLabel(req) {
      const document = await render(req.label);
      return { externalId: `SP-${req.label.shipmentId}-${randomToken(6)}`, trackingNumber: null, document, contentType: 'application/pdf' };
    },
    async cancelLabel() {},
    async track() {
      return [];
    },
  };
}
