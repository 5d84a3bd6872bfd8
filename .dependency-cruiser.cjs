/**
 * Architecture rules (ARCHITECTURE.md): main → http|cli → modules/<m>/index.ts → platform.
 * A module never imports HTTP, CLI, config or main; modules use each other only through their
 * index.ts; no cycles.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'modules-not-to-adapters',
      comment: 'Domain modules never import fastify, the HTTP layer, the CLI, config or main.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: ['^src/http/', '^src/cli/', '^src/main/', '^src/config/', '^node_modules/fastify', '^node_modules/@fastify/'] },
    },
    {
      name: 'modules-through-index',
      comment: 'Another module is used only through its index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'adapters-through-index',
      comment: 'HTTP and CLI use modules only through their index.ts.',
      severity: 'error',
      from: { path: '^src/(http|cli)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'use-cases-inside-module',
      comment:
        "A module's use-cases/ are reached only from inside the module (other modules: modules-through-index; " +
        'http and cli: adapters-through-index; this rule adds main and everything else in src): they go through its index.ts.',
      severity: 'error',
      from: { pathNot: '^src/modules/' },
      to: { path: '^src/modules/[^/]+/use-cases/' },
    },
    {
      name: 'platform-is-domain-free',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: ['^src/modules/', '^src/http/', '^src/cli/', '^src/main/'] },
    },
    {
      name: 'http-not-to-cli-or-main',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: ['^src/cli/', '^src/main/'] },
    },
    {
      name: 'web-not-to-server',
      comment: 'The web app talks to the server only over HTTP, through the client generated from openapi.json.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^src/', '^scripts/', '^test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
