import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'bench/test/**/*.test.ts', 'test/release/**/*.test.ts'],
    // Tests spawn processes and parse fixtures; the default 5 s is tight on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
