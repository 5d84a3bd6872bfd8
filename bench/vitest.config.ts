import { defineConfig } from 'vitest/config';

/** The bench's own unit tests (pure logic): `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  test: { root: import.meta.dirname, include: ['**/*.test.ts'], testTimeout: 60_000 },
});
