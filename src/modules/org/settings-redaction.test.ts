import { describe, expect, it } from 'vitest';
import { REDACTED, redactSettings, restoreRedacted } from './settings-redaction.js';

describe('settings redaction', () => {
  const stored = { diligence: { external: { url: 'https://x', apiKey: 'k-123' } }, notifications: { backendSecret: 's3' }, session: { cookieName: 'sid' } };

  it('masks secrets only', () => {
    expect(redactSettings(stored)).toEqual({
      diligence: { external: { url: 'https://x', apiKey: REDACTED } },
      notifications: { backendSecret: REDACTED },
      session: { cookieName: 'sid' },
    });
  });

  it('keeps a stored secret when the mask is sent back, replaces it when a new value is sent', () => {
    const patch = redactSettings(stored);
    expect(restoreRedacted(patch.diligence, stored.diligence)).toEqual(stored.diligence);
    expect(restoreRedacted({ backendSecret: 'new' }, stored.notifications)).toEqual({ backendSecret: 'new' });
  });
});
