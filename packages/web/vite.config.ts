/**
 * The web app's build. The server serves `dist/` (see packages/server's static routes);
 * during development `vite` proxies /api to a server started with `npm start`.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './build/initial-js-budget.ts';

export default defineConfig({
  plugins: [react(), initialJsBudget(250)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Insights' charting library is loaded only on that page; the first load has its own
    // budget (initialJsBudget above, recorded in bench/README.md).
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4417', '/healthz': 'http://127.0.0.1:4417' },
  },
});
