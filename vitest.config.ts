import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // The browser suite has its own configuration (packages/web/vitest.config.ts).
    exclude: ['packages/web/**', '**/node_modules/**'],
    globalSetup: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
