import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import type { Ctx } from '../../platform/context.js';
import type { CatalogVariant } from '../catalog/index.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { CsvRowError, normalizeIdentifier, parseBlocklistCsv } from './identifiers.js';
import type { DiligenceProvider } from './provider.js';
import { systemExtrasFor, worstFmip, worstFraud } from './results.js';
import { runProviders } from './runner.js';

const ctx = { clock: new ManualClock('2026-06-01T10:00:00Z'), actor: { kind: 'system' } } as unknown as Ctx;
const subject = { itemIdentifier: '356938035643809', variant: { id: 1, manufacturerKey: 'samsung' } as CatalogVariant, fmipAttestation: null };

describe('results', () => {
  it('takes the worst fraud result: Failed > Caution > Error > Passed', () => {
    expect(worstFraud([])).toBe('Passed');
    expect(worstFraud(['Passed', 'Error'])).toBe('Error');
    expect(worstFraud(['Error', 'Caution', 'Passed'])).toBe('Caution');
    expect(worstFraud(['Caution', 'Failed', 'Error'])).toBe('Failed');
  });

  it('takes the worst FMIP result, unknown without any', () => {
    expect(worstFmip([])).toBe('Error');
    expect(worstFmip(['NotApplicable'])).toBe('NotApplicable');
    expect(worstFmip(['NotActivated', 'Activated'])).toBe('Activated');
    expect(worstFmip(['Activated', 'Lost'])).toBe('Lost');
  });

  it('maps FMIP to the SystemExtras of the seed table', () => {
    expect(systemExtrasFor('Activated')).toEqual([1]);
    expect(systemExtrasFor('NotActivated')).toEqual([0]);
    expect(systemExtrasFor('NotApplicable')).toEqual([0]);
    expect(systemExtrasFor('Lost')).toBeNull();
    expect(systemExtrasFor('Error')).toBeNull();
  });
});

describe('runProviders', () => {
  const quick: DiligenceProvider = { name: 'Quick', kinds: ['fraud'], check: async () => [{ kind: 'fraud', result: 'Passed', certId: 'C1' }] };
  it('turns an overrunning provider into Error results without waiting for it', async () => {
    let aborted = false;
    const hanging: DiligenceProvider = {
      name: 'Hanging',
      kinds: ['fraud', 'fmip'],
      check: (_c, _s, signal) =>
        new Promise(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
    };
    const started = Date.now();
    const results = await runProviders(ctx, [quick, hanging], subject, 150);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(results.map((r) => [r.provider, r.kind, r.result])).toEqual([
      ['Quick', 'fraud', 'Passed'],
      ['Hanging', 'fraud', 'Error'],
      ['Hanging', 'fmip', 'Error'],
    ]);
    expect(aborted).toBe(true);
  });

  it('turns a throwing provider into Error results and runs providers concurrently', async () => {
    const slow = (name: string): DiligenceProvider => ({
      name,
      kinds: ['fraud'],
      check: () => new Promise((resolve) => setTimeout(() => resolve([{ kind: 'fraud', result: 'Passed' }]), 200)),
    });
    const broken: DiligenceProvider = { name: 'Broken', kinds: ['fraud'], check: () => Promise.reject(new Error('boom')) };
    const started = Date.now();
    const results = await runProviders(ctx, [slow('A'), slow('B'), slow('C'), broken], subject, 2000);
    expect(Date.now() - started).toBeLessThan(550);
    expect(results.find((r) => r.provider === 'Broken')).toMatchObject({ result: 'Error', detail: 'boom' });
    expect(results.filter((r) => r.result === 'Passed')).toHaveLength(3);
  });
});

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the reset time, closes on success', () => {
    const b = new CircuitBreaker({ failureThreshold: 2, resetMs: 1000 });
    expect(b.tryAcquire(0)).toBe(true);
    b.failure(0);
    expect(b.state(0)).toBe('closed');
    b.failure(10);
    expect(b.state(10)).toBe('open');
    expect(b.tryAcquire(500)).toBe(false);
    expect(b.tryAcquire(1010)).toBe(true);
    expect(b.tryAcquire(1011)).toBe(false); // one trial at a time
    b.failure(1020);
    expect(b.state(1500)).toBe('open');
    expect(b.tryAcquire(2020)).toBe(true);
    b.success();
    expect(b.state(2021)).toBe('closed');
    expect(b.tryAcquire(2021)).toBe(true);
  });
});

describe('identifiers and CSV', () => {
  it('normalizes IMEIs and serials', () => {
    expect(normalizeIdentifier(' 35-693803-564380-9 ')).toBe('356938035643809');
    expect(normalizeIdentifier(' f2lx 123abc ')).toBe('F2LX123ABC');
  });

  it('reads headered and positional CSV, with quotes and semicolons', () => {
    const rows = parseBlocklistCsv('source,identifier,reason\npolice,356938035643809,"stolen, reported"\n\n,F2LX123ABC,lost\n');
    expect(rows).toEqual([
      { line: 2, identifier: '356938035643809', reason: 'stolen, reported', source: 'police', date: null },
      { line: 4, identifier: 'F2LX123ABC', reason: 'lost', source: null, date: null },
    ]);
    const positional = parseBlocklistCsv('356938035643809;stolen;gsma;2026-01-02');
    expect(positional[0]).toMatchObject({ identifier: '356938035643809', source: 'gsma', date: new Date('2026-01-02') });
  });

  it('refuses a bad line with its number', () => {
    expect(() => parseBlocklistCsv('identifier,reason\n111,stolen\n222,\n')).toThrow(CsvRowError);
    try {
      parseBlocklistCsv('identifier,reason\n111,stolen\n222,\n');
    } catch (err) {
      expect((err as CsvRowError).line).toBe(3);
    }
    expect(() => parseBlocklistCsv('111,stolen,x,not-a-date')).toThrow(/not a date/);
  });
});
