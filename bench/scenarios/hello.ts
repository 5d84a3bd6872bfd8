import type { Scenario } from './types.js';

/** The ceiling: a trivial route on the same server, same plugins, no database. */
export const hello: Scenario = {
  name: 'hello',
  title: 'GET /hello (trivial route, the ceiling)',
  needs: [],
  async setup() {
    return { kind: 'cycle', requests: [{ method: 'GET', path: '/hello' }] };
  },
};
