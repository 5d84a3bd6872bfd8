import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  to: z.string().max(320).optional(),
});

const AdminEmail = z.object({
  id: z.number(),
  status: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  locale: z.string(),
  text: z.string(),
  html: z.string(),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
  last_error: z.string().nullable(),
});

/** The tenant's outgoing emails (readable here even without SMTP configured). */
export async function notificationsAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { notifications } = deps.modules;

  r.get(
    '/api/:tenant/admin/emails',
    {
      schema: {
        tags: ['admin'],
        summary: 'Outgoing emails, newest first, with delivery status',
        params: z.object({ tenant: z.string().max(60) }),
        querystring: Query,
        response: { 200: z.object({ count: z.number(), smtp_configured: z.boolean(), results: z.array(AdminEmail) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const { count, rows } = await notifications.listEmails(ctx, request.query);
      return {
        count,
        smtp_configured: notifications.smtpConfigured,
        results: rows.map((e) => ({
          id: e.id,
          status: e.status,
          attempts: e.attempts,
          to: e.to,
          subject: e.subject,
          template: e.template,
          locale: e.locale,
          text: e.text,
          html: e.html,
          created_at: e.createdAt.toISOString(),
          delivered_at: e.deliveredAt ? e.deliveredAt.toISOString() : null,
          last_error: e.lastError,
        })),
      };
    },
  );
}
