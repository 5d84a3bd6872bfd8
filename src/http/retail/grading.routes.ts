import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { LocalizedForm } from '../../modules/grading/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const InfoCard = z.object({ Id: z.number(), Label: z.string(), Text: z.string(), Images: z.array(z.string()) });
const Flags = { IsVendorSelected: z.boolean(), IsPartnerSelected: z.boolean(), IsAffiliateSelected: z.boolean() };

const RetailGradingForm = z.object({
  Id: z.number(),
  Name: z.string(),
  Questions: z.array(
    z.object({
      Id: z.number(),
      Name: z.string(),
      Label: z.string(),
      Info: z.string(),
      IsMultiChoice: z.boolean(),
      InfoCards: z.array(InfoCard),
      Answers: z.array(z.object({ Id: z.number(), Name: z.string(), Score: z.number(), InfoCards: z.array(InfoCard), ...Flags })),
    }),
  ),
  Extras: z.array(z.object({ Id: z.number(), Name: z.string(), Label: z.string(), ...Flags })),
  SystemExtras: z.array(z.object({ Id: z.number(), ...Flags })),
  ScoringType: z.number(),
});

/** Serialized responses per localized form (memoized by grading): the hot path sends a ready string. */
const serialized = new WeakMap<LocalizedForm, string>();

const card = (c: { id: number; label: string; text: string; images: string[] }) => ({ Id: c.id, Label: c.label, Text: c.text, Images: c.images });

/** Seed 003 §3: the grading form of a model, in the request's language. */
export async function gradingRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { grading } = deps.modules;

  r.get(
    '/api/v2/retail/models/:id/grading-form',
    {
      schema: {
        tags: ['retail'],
        summary: 'Grading form (questions, answers, extras) of a model',
        security: [{ apiKey: [] }],
        params: z.object({ id: z.coerce.number().int() }),
        querystring: RetailHeaders,
        response: { 200: RetailGradingForm },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const { form } = await grading.formForModel(ctx, request.params.id);
      const f = grading.localize(ctx, form);
      let json = serialized.get(f);
      if (!json) serialized.set(f, (json = JSON.stringify(RetailGradingForm.parse(toRetail(f)))));
      // A ready JSON string bypasses the (typed) serializer; it was validated against the schema once.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );
}

function toRetail(f: LocalizedForm) {
  return {
    Id: f.id,
    Name: f.name,
    Questions: f.questions.map((q) => ({
      Id: q.id,
      Name: q.name,
      Label: q.label,
      Info: q.info,
      IsMultiChoice: q.multiChoice,
      InfoCards: q.infoCards.map(card),
      Answers: q.answers.map((a) => ({
        Id: a.id,
        Name: a.name,
        Score: a.score,
        InfoCards: a.infoCards.map(card),
        IsVendorSelected: a.isVendorSelected,
        IsPartnerSelected: a.isPartnerSelected,
        IsAffiliateSelected: a.isAffiliateSelected,
      })),
    })),
    Extras: f.extras.map((e) => ({
      Id: e.id,
      Name: e.name,
      Label: e.label,
      IsVendorSelected: e.isVendorSelected,
      IsPartnerSelected: e.isPartnerSelected,
      IsAffiliateSelected: e.isAffiliateSelected,
    })),
    SystemExtras: f.systemExtras.map((s) => ({
      Id: s.id,
      IsVendorSelected: s.isVendorSelected,
      IsPartnerSelected: s.isPartnerSelected,
      IsAffiliateSelected: s.isAffiliateSelected,
    })),
    ScoringType: f.scoringType,
  };
}
