import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Editor, FIXTURES, SAMPLES_DIR, sampleFiles, sampleMeta } from './support';

test('saves a project to a file and reopens it identical', async ({ page }, info) => {
  const ed = await Editor.open(page);
  const [first] = sampleFiles();
  expect(first, 'at least one sample in assets/samples').toBeTruthy();
  await ed.newFromSample(sampleMeta(first!).name);
  // An edit, so the saved file is ours and not the sample's text.
  await ed.dropFromPalette('IDS / network monitor', { x: 60, y: 60 });
  const saved = await ed.save();
  expect(saved.name).toMatch(/\.zonewright\.json$/);
  await expect(page.locator('.doc-state--modified')).toHaveCount(0);

  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, saved.name);
  writeFileSync(path, saved.text);
  await ed.newEmpty();
  await expect(page.locator('.doc-name')).toHaveText('Untitled plant');
  await ed.openFile(path);
  await expect(page.locator('.doc-name')).toHaveText(sampleMeta(first!).name);
  const again = await ed.save();
  expect(JSON.parse(again.text)).toEqual(JSON.parse(saved.text));
  expect(again.text).toBe(saved.text);
});

for (const file of sampleFiles()) {
  test(`opens the sample ${file} without errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const ed = await Editor.open(page);
    const meta = sampleMeta(file);
    await ed.openFile(join(SAMPLES_DIR, file));
    await expect(page.locator('.doc-name')).toHaveText(meta.name);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.locator('.react-flow__node-zone')).toHaveCount(meta.zones);
    await expect(page.locator('.react-flow__node-asset')).toHaveCount(meta.assets);
    await expect(page.locator('.conduit-label')).toHaveCount(meta.drawnConduits);
    // Also offered by New.
    await ed.button('New').click();
    await expect(page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: new RegExp(`^${meta.name.replace(/[()]/g, '\\$&')}`) })).toBeEnabled();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
}

test('a broken file shows what is wrong, with JSON paths, and leaves the open project as it was', async ({ page }) => {
  const ed = await Editor.open(page);
  const meta = sampleMeta(sampleFiles()[0]!);
  await ed.newFromSample(meta.name);
  await ed.dropFromPalette('Switch', { x: 60, y: 60 });
  const assetsBefore = await page.locator('.react-flow__node-asset').count();

  // Unsaved changes first: the app asks before discarding them, then offers the file picker.
  const chooser = page.waitForEvent('filechooser');
  await ed.button('Open').click();
  await page.getByRole('alertdialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await (await chooser).setFiles(join(FIXTURES, 'broken.zonewright.json'));
  const alert = page.getByRole('alertdialog', { name: /Cannot open broken\.zonewright\.json/ });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('zones[0].kind');
  await expect(alert).toContainText('"kitchen" is not a known zone kind');
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.doc-name')).toHaveText(meta.name);
  await expect(page.locator('.react-flow__node-asset')).toHaveCount(assetsBefore);
  await expect(page.locator('.doc-state--modified')).toBeVisible();
});

test('not JSON at all: the message says so', async ({ page }, info) => {
  const ed = await Editor.open(page);
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, 'garbage.zonewright.json');
  writeFileSync(path, '{ "format": "zonewright", ');
  await ed.openFile(path);
  await expect(page.getByRole('alertdialog')).toContainText('not valid JSON');
});

test('a project file dropped on the window opens', async ({ page }) => {
  const ed = await Editor.open(page);
  const file = sampleFiles().at(-1)!;
  const meta = sampleMeta(file);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(join(SAMPLES_DIR, file), 'utf8');
  const transfer = await page.evaluateHandle(
    ([name, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'application/json' }));
      return dt;
    },
    [file, text] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(ed.page.locator('.doc-name')).toHaveText(meta.name);
  await expect(page.locator('.react-flow__node-zone')).toHaveCount(meta.zones);
});
