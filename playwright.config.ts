import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain ES module shared with the install script
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.mjs';

// E2E_PORT lets two checkouts run their journeys side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Ceilings, not expectations: a journey waits for what the app says, and on a 2-core machine
  // shared with other work an engine run or a full axe pass can take many times longer.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: findBrowser() as string | undefined,
      args: BROWSER_ARGS as string[],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
