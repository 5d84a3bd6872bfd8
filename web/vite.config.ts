import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev`: Vite serves the app with hot reload and forwards API calls to the server
// (scripts/dev.ts starts both; API_PORT names the server's port).
const api = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;

export default defineConfig(() => ({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/users', '/orders', '/openapi.json', '/docs'].map((p) => [p, { target: api, changeOrigin: false }])),
  },
}));
