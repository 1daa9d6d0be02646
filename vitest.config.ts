import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The workspace's emulator package as its TypeScript source, as tsconfig.json's "paths" says for tsc and tsx.
    alias: { '@attache/discord-emulator': fileURLToPath(new URL('./packages/discord-emulator/src/index.ts', import.meta.url)) },
  },
  test: {
    // The packages' own tests run here too: `npm test` is the whole suite.
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // End-to-end tests start servers on loopback; keep each file in its own process.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
