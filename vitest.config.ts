import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromium);
const postgres = process.env.TEST_DATABASE_URL;

if (!hasChromium) console.warn(`\n!!! Browser tests SKIPPED: Chromium not found at ${chromium} (apt-get install -y chromium)\n`);
if (!postgres) console.warn('\n!!! Integration tests run on PGlite only: set TEST_DATABASE_URL to run them on PostgreSQL too\n');

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration-pglite',
          include: ['tests/integration/**/*.test.ts'],
          env: { TEST_ENGINE: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgres
        ? [
            {
              test: {
                name: 'integration-postgres',
                include: ['tests/integration/**/*.test.ts'],
                env: { TEST_ENGINE: 'postgres', TEST_DATABASE_URL: postgres },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      ...(hasChromium
        ? [
            {
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                env: { CHROMIUM_PATH: chromium },
                testTimeout: 60_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
