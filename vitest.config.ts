import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The example user policy imports the package by name, as a user's repository would.
  resolve: { alias: [{ find: /^cldscan\/testing$/, replacement: src('testing.ts') }, { find: /^cldscan$/, replacement: src('index.ts') }] },
  test: {
    include: ['test/**/*.test.ts', 'examples/policies/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
