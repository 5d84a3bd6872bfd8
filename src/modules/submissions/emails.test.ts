import { describe, expect, it } from 'vitest';
import { renderStatusEmail, type StatusEmail } from './emails.js';

const kinds: StatusEmail[] = ['submitted', 'offered', 'final_offer', 'accepted', 'shipped', 'received', 'inspected', 'completed', 'declined'];

describe('submission status e-mails', () => {
  it('are localized in en, tr, sv, de, name the product and link the submission, escaped in HTML', () => {
    const data = {
      tenantName: 'Shop <&>',
      customerName: 'Ada',
      productName: 'iPhone 13',
      amount: '€350.00',
      expires: '2026-06-20 00:00 UTC',
      labelUrl: 'http://x/kit',
      submissionUrl: 'http://x/demo/upgrade/submissions/sub_1',
    };
    for (const kind of kinds) {
      const texts = ['en', 'tr', 'sv', 'de'].map((l) => renderStatusEmail(kind, l, data));
      expect(new Set(texts.map((t) => t.subject)).size).toBe(4);
      for (const t of texts) {
        expect(t.subject).toContain('iPhone 13');
        expect(t.text).toContain(data.submissionUrl);
        expect(t.html).toContain('Shop &lt;&amp;&gt;');
        expect(t.html).not.toContain('Shop <&>');
      }
    }
    expect(renderStatusEmail('offered', 'de', data).text).toContain('€350.00');
    expect(renderStatusEmail('accepted', 'sv', data).text).toContain('http://x/kit');
  });
});
