import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../modules/notifications/index.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { isSameSitePath } from '../../platform/safe-url.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { textBody } from '../shared.schemas.js';

const T = defineMessages('storefront.login', {
  title: { en: 'Sign in' },
  email: { en: 'Email' },
  password: { en: 'Password' },
  submit: { en: 'Sign in' },
  failed: {
    en: 'Email or password is incorrect.',
  },
});

/**
 * The page's script, served from our origin so the page's CSP needs no inline script; it reads
 * what it needs from the form's data attributes.
 */
const LOGIN_JS = `document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  const res = await fetch(form.dataset.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': form.dataset.lang },
    body: JSON.stringify({ email: document.getElementById('email').value, password: document.getElementById('password').value }) });
  if (res.ok) location.assign(form.dataset.next); else document.getElementById('error').textContent = form.dataset.failed;
});
`;

/** Only same-site paths may be returned to after sign-in (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && isSameSitePath(next) ? next : '/users/orders/';
}

/**
 * The sign-in page a browser is sent to from an email link without a session (`loginPath` of
 * the commerce settings): it signs in through the tenant's `/api/{tenant}/auth/login` and goes
 * back to the link.
 */
export async function loginPageRoutes(app: FastifyInstance, { deps: _deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  r.get(
    '/login',
    {
      schema: {
        tags: ['storefront'],
        summary: 'Sign-in page (HTML) that returns to `next`',
        querystring: z.object({ next: z.string().max(2000).optional() }),
        response: { 200: textBody('The sign-in page', 'text/html') },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const l = ctx.locale;
      const next = safeNext(request.query.next);
      const t = (k: string) => escapeHtml(translate(k, l));
      const html = `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(T.title)} — ${escapeHtml(ctx.tenant.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.6rem 1.2rem}#error{color:#b00020}</style>
</head><body>
<h1>${t(T.title)}</h1><p>${escapeHtml(ctx.tenant.name)}</p>
<form id="login" data-endpoint="${escapeHtml(`/api/${ctx.tenant.slug}/auth/login`)}" data-next="${escapeHtml(next)}" data-lang="${escapeHtml(l)}" data-failed="${t(T.failed)}"><label for="email">${t(T.email)}</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">${t(T.password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t(T.submit)}</button><p id="error" role="alert"></p></form>
<script src="/login.js"></script></body></html>`;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  );
  r.get('/login.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(LOGIN_JS),
  );
}
