import { describe, expect, it } from 'vitest';
import { offeredTotal } from './offered-total.js';

describe('offered total of a trade-in', () => {
  it('sums the offered prices of every device in their currency', () => {
    const devices = [
      { offeredPriceMinor: 12_345, currency: 'SEK' },
      { offeredPriceMinor: 655, currency: 'SEK' },
    ] as Parameters<typeof offeredTotal>[0]['devices'];
    expect(offeredTotal({ devices })).toEqual({ amountMinor: 13_000, currency: 'SEK' });
  });

  it('is zero euros without devices', () => {
    expect(offeredTotal({ devices: [] })).toEqual({ amountMinor: 0, currency: 'EUR' });
  });
});
