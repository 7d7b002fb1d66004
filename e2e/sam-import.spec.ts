import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeDialogIfOpen, nodeByLabel, openEmptyExplorer } from './helpers.ts';

const corpus = (file: string) =>
  readFileSync(new URL(`../test-fixtures/sam/${file}`, import.meta.url), 'utf8');

/** Drops a file on the canvas the way a file manager does. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/yaml' }));
      return data;
    },
    [name, text] as const,
  );
  await page.getByTestId('canvas').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a corpus template dropped on the canvas shows its diagram, and it plays', async ({
  page,
}) => {
  await openEmptyExplorer(page);
  await dropFile(page, 'apigw-lambda-dynamodb.yaml', corpus('apigw-lambda-dynamodb.yaml'));
  await expect(page.getByText(/Imported the template “apigw-lambda-dynamodb.yaml”/)).toBeVisible();
  for (const label of ['LambdaFunction', 'DynamoDBTable', 'ServerlessRestApi']) {
    await expect(nodeByLabel(page, label)).toBeVisible();
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/sam-import-apigw.png' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('caption')).toContainText(
    'Cold start: new environment for LambdaFunction',
  );
  await expect(nodeByLabel(page, 'LambdaFunction').getByTestId('badge-cold-starts')).toHaveText(
    /cold [1-9]/,
  );
});

test('a larger template lays out left to right', async ({ page }) => {
  await openEmptyExplorer(page);
  await dropFile(page, 'lambda-s3-sfn.yaml', corpus('lambda-s3-sfn.yaml'));
  await expect(nodeByLabel(page, 'ProcessFileStateMachine')).toBeVisible();
  await page.screenshot({ path: 'test-results/sam-import-sfn.png' });
});

test('an invalid template shows the message and loses nothing', async ({ page }) => {
  await page.goto('./#/example/rest-api');
  await closeDialogIfOpen(page);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = await page.locator('.react-flow__node').count();
  await dropFile(page, 'broken.yaml', 'Resources:\n  Fn:\n    Type: !Nope x\n');
  await expect(
    page.getByText(/Import failed: “broken.yaml”: Line 3: unknown tag !Nope/),
  ).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
  await expect(nodeByLabel(page, 'create-order')).toBeVisible();
});
