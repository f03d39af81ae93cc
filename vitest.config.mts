import { defineConfig } from 'vitest/config';

// Unit and integration tests. Main-process and shared tests run in Node;
// renderer component tests opt into jsdom with a `@vitest-environment jsdom`
// comment at the top of the file.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
