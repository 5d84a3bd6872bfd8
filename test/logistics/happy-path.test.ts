import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticsHarness, type LogisticsHarness } from './helpers.js';
import { decodeBarcodes, readLabel } from './label-helpers.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const MM = 72 / 25.4;

describe('register → package → shipment → label (issue #12, done when)', () => {
  it('prints an A6 label whose Code 128 decodes to the package identifier; history and device statuses follow', async () => {
    const deviceIds = await h.devices(2);

    const pkg = await h.call('POST', '/api/v2/retail/packages', {
      Name: 'Name of the Package',
      Identifier: 'PKG123456789',
      PackageDimensionId: null,
      AgentId: null,
      AgentRef: 'Client side reference',
      LocationRef: 'Client side reference',
      TradeInDeviceIds: deviceIds,
    });
    expect(pkg.statusCode, pkg.body).toBe(200);
    expect(pkg.body).toMatch(/^\d+$/); // a bare integer, as in the seed
    const packageId = Number(pkg.body);

    const shipment = await h.call('POST', '/api/v2/retail/shipments', {
      Name: 'Name of the shipment',
      AgentId: null,
      AgentRef: 'Client side reference',
      LocationId: null,
      LocationRef: 'Client side reference',
      PackagesIds: [packageId],
    });
    expect(shipment.statusCode, shipment.body).toBe(200);
    expect(shipment.body).toMatch(/^\d+$/);
    const shipmentId = Number(shipment.body);

    const label = await h.label(shipmentId, { LocationId: h.tt.location.id });
    expect(label.statusCode, label.body).toBe(200);
    const { DownloadUrl } = label.json();
    expect(DownloadUrl).toMatch(/^http:\/\/tradein\.test\/api\/v2\/public\/shipments\/label\//);

    // The DownloadUrl works without the API key (the signed token is the credential).
    const pdf = await h.t.app.inject({ method: 'GET', url: DownloadUrl.replace('http://tradein.test', '') });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await readLabel(pdf.rawPayload);
    expect(pages).toHaveLength(1);
    expect(pages[0].width).toBeCloseTo(105 * MM, 0);
    expect(pages[0].height).toBeCloseTo(148 * MM, 0);
    const text = pages[0].text;
    for (const s of [
      'Test Store',
      'Drottninggatan 1',
      '111 22 Stockholm',
      'Facility Göteborg',
      'Lindholmsallén 10',
      '417 55 Göteborg',
      'PKG123456789',
      `Shipment: ${shipmentId}`,
      `Package: ${packageId}`,
      'Piece: 1/1',
      'Weight: 0.50 kg',
      'Devices: 2',
    ]) {
      expect(text).toContain(s);
    }
    const decoded = (await Promise.all(pages[0].images.map(decodeBarcodes))).flat();
    expect(decoded).toContainEqual({ format: 'Code128', text: 'PKG123456789' });
    const qr = decoded.find((d) => d.format === 'QRCode');
    expect(qr?.text).toMatch(/^http:\/\/tradein\.test\/api\/v2\/public\/shipments\/track\//);
    const track = await h.t.app.inject({ method: 'GET', url: qr!.text.replace('http://tradein.test', '') });
    expect(track.statusCode, track.body).toBe(200);
    expect(track.json()).toMatchObject({ ShipmentId: shipmentId, Status: 'LabelCreated' });

    const history = await h.call('GET', `/api/v2/retail/shipments/${shipmentId}/status-history`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().map((e: { Status: string }) => e.Status)).toEqual(['Ready', 'LabelCreated']);
    for (const e of history.json()) {
      expect(e.Date).toMatch(/Z$/);
      expect(e.Source).toBe('logistics');
    }

    for (const id of deviceIds) {
      const list = await h.call('GET', `/api/v2/retail/tradeins/device?Status=Shipped`);
      expect(list.statusCode, list.body).toBe(200);
      expect(JSON.stringify(list.json())).toContain(`"TradeInDeviceId":${id}`);
      const steps = await h.t.c.modules.tradeins.deviceHistory(h.tt.ctx, id);
      expect(steps.map((s) => s.toStatus)).toEqual(['Registered', 'Packed', 'Shipped']);
    }

    const details = await h.call('GET', `/api/v2/retail/shipments/${shipmentId}`);
    expect(details.json()).toMatchObject({ Id: shipmentId, Status: 'LabelCreated', PackagesIds: [packageId], Carrier: 'self-print', HasLabel: true });
    const p = await h.call('GET', `/api/v2/retail/packages/${packageId}`);
    expect(p.json()).toMatchObject({
      Id: packageId,
      Status: 'Shipped',
      ShipmentId: shipmentId,
      TradeInDeviceIds: deviceIds,
      DestinationLocationId: h.facilityId,
      FlowType: 'tradein',
    });
  });
});

describe('OpenAPI', () => {
  it('documents every shipping route with its request and response schemas', async () => {
    const spec = (await h.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const ops: Record<string, string[]> = {
      '/api/v2/retail/packages': ['post', 'get'],
      '/api/v2/retail/packages/{packageId}': ['get', 'delete'],
      '/api/v2/retail/packages/{packageId}/items': ['post'],
      '/api/v2/retail/shipments': ['post', 'get'],
      '/api/v2/retail/shipments/{shipmentId}': ['get', 'put', 'delete'],
      '/api/v2/retail/shipments/{shipmentId}/packages': ['post'],
      '/api/v2/retail/shipments/{shipmentId}/label': ['post', 'get', 'delete'],
      '/api/v2/retail/shipments/{shipmentId}/status-history': ['get'],
      '/api/v2/retail/tradeins/{tradeInId}/shipment': ['post'],
      '/api/v2/carriers/{tenant}/events': ['post'],
    };
    for (const [path, methods] of Object.entries(ops)) {
      for (const m of methods) expect(spec.paths[path]?.[m], `${m} ${path}`).toBeDefined();
    }
    expect(
      spec.paths['/api/v2/retail/shipments/{shipmentId}/label'].post.requestBody.content['application/json'].schema.properties.LocationAddress,
    ).toBeDefined();
    expect(spec.paths['/api/v2/retail/packages'].post.responses['200']).toBeDefined();
  });
});
