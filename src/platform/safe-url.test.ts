import { describe, expect, it } from 'vitest';
import { httpUrl, httpsUrl, isSameSitePath, sameSitePath } from './safe-url.js';

describe('URL settings', () => {
  it('same-site paths refuse other hosts and schemes', () => {
    for (const ok of ['/login', '/shop/sign-in?x=1']) expect(sameSitePath().safeParse(ok).success, ok).toBe(true);
    for (const bad of ['//evil.example/login', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'login', '/a b']) {
      expect(isSameSitePath(bad), bad).toBe(false);
    }
  });

  it('https URLs only, without credentials', () => {
    expect(httpsUrl().safeParse('https://shop.example/').success).toBe(true);
    for (const bad of ['http://shop.example', 'javascript:alert(1)', 'data:text/html,x', 'https://u:p@shop.example', '//shop.example', 'shop.example']) {
      expect(httpsUrl().safeParse(bad).success, bad).toBe(false);
    }
  });

  it('server endpoints: http or https, never script or file schemes', () => {
    expect(httpUrl().safeParse('http://backend.internal/hook').success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x.example']) expect(httpUrl().safeParse(bad).success, bad).toBe(false);
  });
});
