import { defineConfig } from 'vitest/config';

// `npm run test:install`: packs and installs every package, so it runs apart from `npm test`.
export default defineConfig({
  test: {
    include: ['test/install/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
