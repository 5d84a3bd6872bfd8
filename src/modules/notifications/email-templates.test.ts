import { describe, expect, it } from 'vitest';
import { renderEmail } from './email-templates.js';
import { signBackendBody, verifyBackendSignature } from './backend.js';

const data = {
  tenantName: 'Shop <AB>',
  customerName: 'Ayşe',
  orderNumber: '42',
  productName: 'iPhone 13',
  offered: '€250.00',
  final: '€180.00',
  reason: 'Cracked <glass>',
  approveUrl: 'https://shop.test/users/order_item/1/tradein_approved/?token=a.b',
  rejectUrl: 'https://shop.test/users/order_item/1/tradein_rejected/?token=c.d',
};

describe('renderEmail', () => {
  it('renders the valuation email in four locales with both links in both parts', () => {
    const subjects = new Set<string>();
    for (const locale of ['en', 'tr', 'sv', 'de'] as const) {
      const m = renderEmail('tradein.final_valuation', locale, data);
      subjects.add(m.subject);
      expect(m.subject).toContain('Shop <AB>');
      expect(m.text).toContain(data.approveUrl);
      expect(m.text).toContain(data.rejectUrl);
      expect(m.text).toContain('€250.00');
      expect(m.text).toContain('€180.00');
      expect(m.html).toContain(`href="${data.approveUrl}"`);
      expect(m.html).toContain(`lang="${locale}"`);
    }
    expect(subjects.size).toBe(4);
  });

  it('escapes everything it puts into HTML', () => {
    const m = renderEmail('tradein.final_valuation', 'en', data);
    expect(m.html).not.toContain('<glass>');
    expect(m.html).toContain('Cracked &lt;glass&gt;');
    expect(m.html).toContain('Shop &lt;AB&gt;');
  });

  it('shows the difference report as a table with photo links in HTML and text, escaped, in every locale', () => {
    const differences = [
      {
        question: 'Screen <glass>',
        said: 'No scratches',
        found: 'Deep scratches',
        effect: '−€40.00',
        negative: true,
        photoUrls: ['https://t.test/api/v2/public/devices/a.b/photos/p1?x=1&y=2'],
      },
    ];
    for (const locale of ['en', 'tr', 'sv', 'de'] as const) {
      const m = renderEmail('tradein.final_valuation', locale, { ...data, differences });
      expect(m.html).toContain('<table style="border-collapse:collapse;width:100%">');
      expect(m.html).toContain('Screen &lt;glass&gt;');
      expect(m.html).toContain('href="https://t.test/api/v2/public/devices/a.b/photos/p1?x=1&amp;y=2"');
      expect(m.text).toContain('Deep scratches');
      expect(m.text).toContain('https://t.test/api/v2/public/devices/a.b/photos/p1?x=1&y=2');
    }
    expect(renderEmail('tradein.final_valuation', 'sv', { ...data, differences }).html).toContain('>Du angav</th>');
    expect(renderEmail('tradein.final_valuation', 'en', data).html).not.toContain('<thead>');
    const byHand = renderEmail('tradein.final_valuation', 'de', { ...data, differences: [], setByHand: 'Rahmen <verbogen>' });
    expect(byHand.html).toContain('Von unseren Mitarbeitenden von Hand festgelegt: Rahmen &lt;verbogen&gt;');
    expect(byHand.text).toContain('Von unseren Mitarbeitenden von Hand festgelegt: Rahmen <verbogen>');
  });

  it('says which decision was taken', () => {
    expect(renderEmail('tradein.approved', 'tr', data).text).toContain('onayladınız');
    expect(renderEmail('tradein.rejected', 'sv', data).text).toContain('avböjt');
  });
});

describe('backend signature', () => {
  it('verifies only the same secret, timestamp and body', () => {
    const sig = signBackendBody('secret-1', '1700000000', '{"a":1}');
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyBackendSignature('secret-1', '1700000000', '{"a":1}', sig)).toBe(true);
    expect(verifyBackendSignature('secret-2', '1700000000', '{"a":1}', sig)).toBe(false);
    expect(verifyBackendSignature('secret-1', '1700000001', '{"a":1}', sig)).toBe(false);
    expect(verifyBackendSignature('secret-1', '1700000000', '{"a":2}', sig)).toBe(false);
  });
  it('decision emails say what is now due on the order, in four locales, and nothing when nothing is due', () => {
    for (const locale of ['en', 'tr', 'sv', 'de'] as const) {
      const approved = renderEmail('tradein.approved', locale, { ...data, amountDue: '€70.00' });
      const rejected = renderEmail('tradein.rejected', locale, { ...data, amountDue: '€250.00' });
      expect(approved.text).toContain('€70.00');
      expect(approved.html).toContain('€70.00');
      expect(rejected.text).toContain('€250.00');
      expect(rejected.text).toContain('42');
    }
    expect(renderEmail('tradein.approved', 'en', { ...data, amountDue: '€70.00' }).text).toContain('so €70.00 is now due on order 42.');
    expect(renderEmail('tradein.rejected', 'en', { ...data, amountDue: '€250.00' }).text).toContain(
      'the whole trade-in discount of €250.00 is now due on order 42.',
    );
    expect(renderEmail('tradein.approved', 'en', data).text).not.toContain('now due');
    for (const locale of ['en', 'tr', 'sv', 'de'] as const) {
      const m = renderEmail('tradein.final_valuation', locale, { ...data, dueIfApproved: '€70.00', dueIfRejected: '€250.00' });
      expect(m.text).toContain('€70.00');
      expect(m.html).toContain('€250.00');
    }
    expect(renderEmail('tradein.final_valuation', 'en', data).text).not.toContain('If you approve');
  });
});
