import { defineConfig } from 'vitest/config';

const integration = (name: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['test/**/*.test.ts'],
    env: { TEST_DB: name },
    // The browser tests (test/web, PGlite only) serve the built web app.
    globalSetup: ['test/setup/build.global.ts', `test/setup/${name}.global.ts`, ...(name === 'pglite' ? ['test/setup/web.global.ts'] : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

/**
 * Unit tests beside the code; integration tests in test/ run on PGlite always and on
 * PostgreSQL too when TEST_DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'], testTimeout: 60_000 } },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
