import { chromium } from '@playwright/test';
const [url, out, w = '1440', h = '900', dark] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const page = await browser.newPage({
  viewport: { width: +w, height: +h },
  colorScheme: dark ? 'dark' : 'light',
});
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text());
});
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (process.env.CLOSE) {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}
if (process.env.CLICK) {
  await page.getByText(process.env.CLICK, { exact: true }).first().click();
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out });
console.log(errors.slice(0, 10).join('\n'));
await browser.close();
