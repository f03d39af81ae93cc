import { defineConfig } from 'vitest/config';

// Unit and integration tests. Main-process and shared tests run in Node;
// renderer component tests opt into jsdom with a `@vitest-environment jsdom`
// comment at the top of the file.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Time-outs only catch a hung test; nothing here measures speed. They are wide
    // because CI and developers share 2-core machines that may be fully loaded
    // (the 100,000-device paging test took over 30 s on one).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
