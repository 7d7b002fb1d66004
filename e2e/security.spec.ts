import { expect, test, type Page } from '@playwright/test';
import {
  closeDialogIfOpen,
  importFile,
  oneFunctionScenario,
  openEmptyExplorer,
} from './helpers.ts';

const PROBE = `<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>"'><svg onload=alert(1)>`;

/** Fails the test on any dialog, CSP violation or script the probes managed to run. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect([...problems, ...csp]).toEqual([]);
    expect(pwned).toBeUndefined();
  };
}

test('the built app runs under its Content-Security-Policy without violations', async ({
  page,
}) => {
  const check = await watch(page);
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await closeDialogIfOpen(page);
  await page.goto('./#/example/order-fanout');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.goto('./#/learn');
  await page.goto('./#/learn/cold-starts');
  await page.goto('./#/quiz');
  await page.waitForTimeout(500);
  await check();
});

test('script in a node label never runs, in the editor or in a shared link', async ({
  page,
  browser,
  baseURL,
}) => {
  const check = await watch(page);
  await openEmptyExplorer(page);
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name');
  await name.fill(PROBE.slice(0, 64));
  await name.press('Enter');
  await expect(page.locator('.react-flow__node')).toContainText('<img src=x');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await check();

  const other = await (await browser.newContext({ baseURL })).newPage();
  const checkOther = await watch(other);
  await other.goto(link);
  await expect(other.locator('.react-flow__node')).toContainText('<img src=x');
  await checkOther();
});

test('script in an imported file never runs', async ({ page }) => {
  const check = await watch(page);
  await openEmptyExplorer(page);
  await importFile(
    page,
    'probe.json',
    oneFunctionScenario({
      name: PROBE.slice(0, 120),
      description: PROBE,
      label: PROBE.slice(0, 64),
    }),
  );
  await expect(page.locator('.react-flow__node')).toContainText('<img src=x');
  await page.waitForTimeout(300);
  await check();
});
