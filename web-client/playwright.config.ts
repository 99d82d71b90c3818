import { defineConfig } from '@playwright/test';
import { adminStorageState } from './e2e/fixtures';

// End-to-end tests: Debian's Chromium (never a downloaded browser) against the real Api, which
// globalSetup starts from the built Release assembly with an empty temporary data folder.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // JSON report for counting (stats.expected / stats.unexpected); PRINTERNIZER_E2E_REPORT moves it.
  reporter: [['list'], ['json', { outputFile: process.env.PRINTERNIZER_E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.PRINTERNIZER_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /first-run\.setup\.ts/ },
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      dependencies: ['setup'],
      use: { storageState: adminStorageState },
    },
  ],
});
