/** Builds the web app (`npm run build:web`); without `--force` only when its sources changed. */
import { ensureWebBuilt } from '../src/main/web-build.js';

const built = await ensureWebBuilt({ force: process.argv.includes('--force'), log: (l) => console.log(l) });
if (!built) console.log('web/dist is up to date');
