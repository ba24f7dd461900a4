/**
 * The browser suite: the built app, served by the real server over a fresh SQLite data
 * directory, driven by Debian's Chromium. Files run one after another: each starts a
 * server and a browser, and two cores are better spent on one of each at a time.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
