import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeDialogIfOpen, oneFunctionScenario } from './helpers.ts';

const SAVED_KEY = 'serverless-explorer.scenario';
/** Pretty-printed on purpose: a rewrite by autosave (compact JSON) would show at once. */
const OWN_WORK = JSON.stringify(JSON.parse(oneFunctionScenario({ name: 'My own work' })), null, 2);

/** A share link made by the app itself, in a browser of its own (its storage stays apart). */
async function linkToExample(browser: Browser, baseURL: string, example: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}#/example/${example}`);
  await closeDialogIfOpen(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await context.close();
  return link;
}

async function openWithOwnWork(page: Page) {
  await page.addInitScript(
    ([key, work]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, work as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVED_KEY, OWN_WORK],
  );
  await page.goto('./');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
}

const saved = (page: Page) =>
  page.evaluate((key) => {
    // What a tab closing now would leave behind: autosave flushes on pagehide.
    window.dispatchEvent(new Event('pagehide'));
    return localStorage.getItem(key);
  }, SAVED_KEY);

const addLambda = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'AWS Lambda', exact: true })
    .click();

test('a shared link opens view-only: the learner’s autosave stays byte for byte until the first edit', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await linkToExample(browser, baseURL ?? '', 'rest-api');
  await openWithOwnWork(page);
  expect(await saved(page)).toBe(OWN_WORK);

  await page.goto(link);
  const banner = page.getByRole('region', { name: 'Shared scenario' });
  await expect(banner).toContainText('View-only');
  await expect(banner).toContainText('Your own work “My own work” is saved and unchanged');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await saved(page)).toBe(OWN_WORK);

  // The first edit makes it the learner's copy; their work is one click away.
  await addLambda(page);
  await expect(page.getByRole('status').filter({ hasText: 'is now your copy' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => saved(page)).not.toBe(OWN_WORK);
  expect(JSON.parse((await saved(page)) ?? '{}').nodes).toHaveLength(5);
  await page.getByRole('button', { name: 'Restore previous work' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('a locked link refuses edits until “Make a copy”; “Back to my work” leaves it untouched', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await linkToExample(browser, baseURL ?? '', 'rest-api');
  await openWithOwnWork(page);
  await page.goto(`${link}?locked=1`);
  const banner = page.getByRole('region', { name: 'Shared scenario' });
  await expect(banner).toContainText('Locked link');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await addLambda(page);
  await expect(page.getByRole('status').filter({ hasText: 'This link is locked' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  expect(await saved(page)).toBe(OWN_WORK);

  await banner.getByRole('button', { name: 'Back to my work' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect(await saved(page)).toBe(OWN_WORK);

  await page.goto(`${link}?locked=1`);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByRole('button', { name: 'Make a copy' }).click();
  await addLambda(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect.poll(async () => JSON.parse((await saved(page)) ?? '{}').nodes?.length).toBe(5);
});

test('the Share dialog: a QR code that decodes back to the link, a locked link, embed code', async ({
  page,
  context,
}) => {
  await page.goto('./#/example/rest-api');
  await closeDialogIfOpen(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this scenario' });
  await dialog.getByRole('checkbox', { name: /Locked: nobody can edit/ }).check();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/#\/s\/s1\.[A-Za-z0-9+$-]+\?locked=1$/);

  const qr = dialog.getByRole('img', { name: 'QR code of the share link' });
  await expect(qr).toBeVisible();
  const png = await qr.screenshot();
  // Decoded from the screenshot's pixels by jsQR, in a blank page (no CSP there).
  const reader = await context.newPage();
  await reader.setContent('<canvas></canvas>');
  await reader.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  const decoded = await reader.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const jsQR = (window as unknown as { jsQR: (...a: unknown[]) => { data: string } | null }).jsQR;
    return jsQR(data, image.width, image.height)?.data ?? null;
  }, png.toString('base64'));
  expect(decoded).toBe(link);

  // Embed code: options as controls, a preview, an iframe snippet.
  await dialog.getByRole('checkbox', { name: 'Play on load' }).check();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe src="[^"]+#\/embed\/s\/s1\.[^"?]+\?autoplay=1"/);
  await expect(code).toHaveValue(/title="REST API — Serverless Explorer"/);
  await expect(code).toHaveValue(/width="100%" height="480" loading="lazy"/);
  await expect(
    dialog.frameLocator('iframe[title="Preview of the embed"]').getByRole('link', {
      name: 'Open in Serverless Explorer',
    }),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy embed code' })).toBeEnabled();
});

test.describe('presenter mode at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('full-screen canvas, labels of 18 px or more, and the keyboard clicker', async ({
    page,
  }) => {
    await page.goto('./#/example/order-fanout');
    await closeDialogIfOpen(page);
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    const presenter = page.getByRole('region', { name: 'Presenter' });
    await expect(presenter).toBeVisible();
    await expect(page.getByRole('toolbar', { name: 'Editor' })).toHaveCount(0);
    // Measured while it plays: the run's badges make the nodes taller.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    // Every node label, as drawn on screen: font size × the canvas's zoom.
    const smallestLabel = () =>
      page.evaluate(() => {
        const labels = Array.from(document.querySelectorAll('[data-node-label]')) as HTMLElement[];
        const sizes = labels.map((el) => {
          const node = el.closest('.react-flow__node') as HTMLElement | null;
          const zoom = node ? node.getBoundingClientRect().width / node.offsetWidth : 1;
          return parseFloat(getComputedStyle(el).fontSize) * zoom;
        });
        return Math.min(...sizes);
      });
    await expect.poll(smallestLabel).toBeGreaterThanOrEqual(18);
    // The side panels are covered: the canvas column has the whole screen.
    const palette = await page.getByRole('navigation', { name: 'Palette' }).boundingBox();
    const topmost = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('nav')?.ariaLabel,
      [(palette?.x ?? 0) + 20, (palette?.y ?? 0) + 100],
    );
    expect(topmost).not.toBe('Palette');

    const point = page.getByTestId('watch-point');
    await expect(point).toContainText('What to watch 1 /');
    await page.keyboard.press('PageDown');
    await expect(point).toContainText('What to watch 2 /');
    await page.keyboard.press('ArrowRight');
    await expect(point).toContainText('What to watch 3 /');
    await page.keyboard.press('PageUp');
    await expect(point).toContainText('What to watch 2 /');
    await page.keyboard.press('ArrowLeft');
    await expect(point).toContainText('What to watch 1 /');
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Blank screen/ })).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByRole('button', { name: /Blank screen/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeVisible();
  });
});
