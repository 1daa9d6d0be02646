import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start servers on loopback; keep each file in its own process.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
