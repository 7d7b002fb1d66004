import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeDialogIfOpen } from './helpers.ts';

/** Every route, in light and dark: zero axe violations, every rule axe has (not only WCAG's). */
const ROUTES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'Explorer',
    path: './#/example/rest-api',
    ready: async (page) => {
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
    },
  },
  {
    name: 'concept page',
    path: './#/learn/cold-starts',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'glossary',
    path: './#/glossary',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'lesson',
    path: './#/lesson/first-api',
    ready: async (page) => {
      await expect(page.getByTestId('lesson-panel')).toBeVisible();
    },
  },
  {
    name: 'quiz',
    path: './#/quiz',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`${route.name} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await closeDialogIfOpen(page);
      await page.goto(route.path);
      await route.ready(page);
      await closeDialogIfOpen(page);
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map(
        (v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
