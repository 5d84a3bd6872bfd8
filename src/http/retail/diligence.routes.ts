import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resultLabel, type ReportResultView } from '../../modules/diligence/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const CheckResult = z.object({ Provider: z.string(), CertId: z.string(), Result: z.string(), ResultId: z.number(), Timestamp: z.string() });
const Report = z.object({ FraudCheckResults: z.array(CheckResult), FmipCheckResults: z.array(CheckResult) });

const toResult = (r: ReportResultView) => ({
  Provider: r.provider,
  CertId: r.certId,
  Result: resultLabel(r.result),
  ResultId: r.resultId,
  Timestamp: r.timestamp.toISOString(),
});

/** Seed 003 §4: due-diligence check and report. */
export async function diligenceRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { diligence } = deps.modules;

  r.post(
    '/api/v2/retail/duediligence/check',
    {
      schema: {
        tags: ['retail'],
        summary: 'Runs the due-diligence checks of a device; answers the report id (a JSON string)',
        description:
          'Blocklist (Failed), identifier consistency (Caution), the configured external service, and Find-My (Apple only: ' +
          'from the configured provider, else from FmipAttestation, else "Not checked"). Report results as in seed 003 §4 — ' +
          'fraud: Passed 1, Failed 2 (further: Caution 3, Error 4); FMIP: Activated 1 (send SystemExtras [1]: price reduced), ' +
          'Not activated 2 (send [0]), Not applicable 3 (not Apple; send [0]) (further: Lost 4 — refused, Error 5 — check again, ' +
          "Not checked 6 — no Find-My provider: send the customer's answer, [1] or [0]; registration records it as declared by the client). " +
          'FmipAttestation is an extension: the caller attests the status when no provider checks it.',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders,
        body: z.object({
          ModelId: z.number().int().nullish(),
          ItemIdentifier: z.string().max(100).nullish(),
          FmipAttestation: z
            .enum(['Activated', 'NotActivated'])
            .nullish()
            .describe('Extension (not in seed 003): the status as attested by the agent or customer, used when no Find-My provider is configured'),
        }),
        response: { 200: z.uuid() },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const reportId = await diligence.checks.check(ctx, {
        modelId: request.body.ModelId,
        itemIdentifier: request.body.ItemIdentifier,
        fmipAttestation: request.body.FmipAttestation,
      });
      // The seed answers a bare JSON string; a string payload would otherwise go out as text/plain.
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(reportId));
    },
  );

  const report = async (ctx: ReturnType<typeof requireCtx>, reportId: string | undefined) => {
    const view = await diligence.checks.getReport(ctx, reportId);
    return { FraudCheckResults: view.fraudResults.map(toResult), FmipCheckResults: view.fmipResults.map(toResult) };
  };

  r.get(
    '/api/v2/retail/duediligence/report/:reportId',
    {
      schema: {
        tags: ['retail'],
        summary: 'The results behind a due-diligence check',
        security: [{ apiKey: [] }],
        params: z.object({ reportId: z.string().max(100) }),
        querystring: RetailHeaders,
        response: { 200: Report },
      },
    },
    async (request) => report(requireCtx(request), request.params.reportId),
  );

  r.get(
    '/api/v2/retail/duediligence/report',
    {
      schema: { tags: ['retail'], summary: 'Without a report id: B160003', security: [{ apiKey: [] }], querystring: RetailHeaders, response: { 200: Report } },
    },
    async (request) => report(requireCtx(request), undefined),
  );
}
