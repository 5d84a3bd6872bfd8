export { RenderPool, moduleBeside, type Renderer, type RenderJob, type RenderPoolOptions } from './pool.js';
export { RenderErrors } from './render.errors.js';
export { documentFont, loadBwip, loadPdfLib, loadSharp } from './libraries.js';
