import { defineConfig } from 'vitest/config';

// `npm test` in this folder. The project's root config runs these tests too, with its own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test starts an HTTP server and a discord.js client on loopback; keep each file in its own process.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
