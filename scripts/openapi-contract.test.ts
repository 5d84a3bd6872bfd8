import { describe, expect, it } from 'vitest';
import { untypedOperations } from './openapi-contract.js';

const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });

describe('untypedOperations', () => {
  it('names an operation whose success answer declares no body schema', () => {
    const doc = {
      paths: {
        '/a': {
          get: { responses: { 200: { description: 'Default Response' } } },
          post: { responses: { 200: json({}) } },
          put: { responses: { 200: json({ type: 'object' }) } },
        },
        '/b': { parameters: [], delete: { responses: { 400: json({ type: 'object' }) } } },
      },
    };
    expect(untypedOperations(doc)).toEqual(['GET /a', 'POST /a', 'DELETE /b']);
  });

  it('accepts a typed JSON or binary body, a 204 and a redirect', () => {
    const doc = {
      paths: {
        '/json': { get: { responses: { 200: json({ type: 'object', properties: {} }) } } },
        '/pdf': { get: { responses: { 200: { content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } } } },
        '/gone': { delete: { responses: { 204: { description: 'No content' } } } },
        '/form': { post: { responses: { 303: { description: 'Back' } } } },
      },
    };
    expect(untypedOperations(doc)).toEqual([]);
  });

  it('finds none untyped in the committed document', async () => {
    const { default: doc } = await import('../openapi.json', { with: { type: 'json' } });
    expect(untypedOperations(doc as never)).toEqual([]);
  });
});
