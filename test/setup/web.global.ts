import { ensureWebBuilt } from '../../src/main/web-build.js';

/** Builds the web app once per run when its sources changed (the browser tests serve web/dist). */
export default async function setup() {
  await ensureWebBuilt({ log: (line) => console.log(`[web] ${line}`) });
}
