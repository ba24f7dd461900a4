/**
 * The web app's build. The server serves `dist/` (see packages/server's static routes);
 * during development `vite` proxies /api to a server started with `npm start`.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Insights' charting library is loaded only on that page; the budget for the first
    // load is set in bench/README.md (≤ 250 KB gzipped).
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4417', '/healthz': 'http://127.0.0.1:4417' },
  },
});
