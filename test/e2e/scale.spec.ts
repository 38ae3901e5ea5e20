/**
 * A generated plant of 2,000 assets in 100 zones with 200 conduits, opened and edited through the
 * real UI. Functional checks only: how fast it is, bench/editor.bench.ts measures.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generatePlantJson } from '../../shared/testing/generatePlant';
import { Editor } from './support';

const ASSETS = 2000;

test.describe.configure({ timeout: 90_000 });

async function openGeneratedPlant(page: Page, outputPath: (name: string) => string): Promise<Editor> {
  const json = generatePlantJson({ assets: ASSETS, assetsPerZone: 20 });
  const file = outputPath('generated-plant.zonewright.json');
  writeFileSync(file, JSON.stringify(json));
  const ed = await Editor.open(page);
  await ed.openFile(file);
  await expect(page.locator('.doc-name')).toHaveText(`Generated plant (${ASSETS} assets)`, { timeout: 30_000 });
  return ed;
}

/** The union of the zones' boxes on screen. */
async function plantBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.locator('.react-flow__node-zone').evaluateAll((zones) => {
    const boxes = zones.map((z) => z.getBoundingClientRect());
    return {
      left: Math.min(...boxes.map((b) => b.left)),
      top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
    };
  });
}

test('a 2,000-asset plant opens fitted in view, every zone and asset drawn, with its findings', async ({ page }, info) => {
  const ed = await openGeneratedPlant(page, (n) => info.outputPath(n));
  await expect(page.locator('.react-flow__node-zone')).toHaveCount(100);
  await expect(page.locator('.react-flow__node-asset')).toHaveCount(ASSETS);
  // The whole plant is in view, inside the canvas.
  const canvas = (await ed.canvas.boundingBox())!;
  const plant = await plantBox(page);
  expect(plant.left).toBeGreaterThanOrEqual(canvas.x - 1);
  expect(plant.top).toBeGreaterThanOrEqual(canvas.y - 1);
  expect(plant.right).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  expect(plant.bottom).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  // Zoomed out that far, conduits are drawn by the edge layer (one per conduit, still clickable).
  await expect(page.locator('[data-testid^="far-conduit-"]')).toHaveCount(200);
  // A 2,000-asset project is analysed in a deferred render after it is drawn; allow a loaded 2-core machine time.
  await expect(ed.findings.first()).toBeVisible({ timeout: 20_000 });
  await expect(ed.region('Findings').locator('[data-rule="boundary-unprotected"]')).toHaveCount(100);
  // Hundreds of warnings: the first 200 are listed, the rest on request.
  const warnings = ed.region('Findings').getByRole('list', { name: 'Warnings' });
  await expect(ed.region('Findings')).toContainText('808 warnings');
  await expect(warnings.getByRole('listitem')).toHaveCount(200);
  await ed.region('Findings').getByRole('button', { name: 'Show 608 more warnings' }).click();
  await expect(warnings.getByRole('listitem')).toHaveCount(808);
  await expect(ed.region('Findings').getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
});

test('dragging an asset out of its zone at this scale moves it and updates the findings; undo restores both', async ({ page }, info) => {
  const ed = await openGeneratedPlant(page, (n) => info.outputPath(n));
  const unzoned = ed.region('Findings').locator('[data-rule="asset-unzoned"]');
  // A 2,000-asset project is analysed in a deferred render after it is drawn; allow a loaded 2-core machine time.
  await expect(ed.findings.first()).toBeVisible({ timeout: 20_000 });
  await expect(unzoned).toHaveCount(0);

  // An asset of a zone at the right end of the middle row, dragged into the empty canvas beside
  // the plant (away from the canvas' edges, where React Flow would pan along).
  const canvas = (await ed.canvas.boundingBox())!;
  const plant = await plantBox(page);
  const id = `a${49 + 100 * 19}`;
  const asset = page.locator(`.react-flow__node[data-id="${id}"]`);
  // Where the asset is drawn, on screen.
  const where = () => asset.evaluate((e) => `${Math.round(e.getBoundingClientRect().x)},${Math.round(e.getBoundingClientRect().y)}`);
  const original = await where();
  const from = (await asset.boundingBox())!;
  const to = { x: plant.right + Math.min(60, (canvas.x + canvas.width - plant.right) / 2), y: from.y + from.height / 2 };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 6 });
  // Mid-drag, the asset's links are drawn to where it is now.
  const moving = page.locator('.edge-layer--moving path');
  await expect(moving).not.toHaveCount(0);
  const [node, lines] = await Promise.all([
    asset.boundingBox(),
    moving.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect()).map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }))),
  ]);
  const touches = (b: { left: number; top: number; right: number; bottom: number }) =>
    b.left <= node!.x + node!.width + 1 && b.right >= node!.x - 1 && b.top <= node!.y + node!.height + 1 && b.bottom >= node!.y - 1;
  expect(lines.some(touches)).toBe(true);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect(moving).toHaveCount(0);

  await expect(unzoned).toHaveCount(1);
  await expect(unzoned).toContainText(`-${id.slice(1)}`);
  expect(await where()).not.toBe(original);

  await ed.button('Undo').click();
  await expect(unzoned).toHaveCount(0);
  await expect.poll(where).toBe(original);
});

test('revealing a finding zooms in to full detail: names, links as edges, conduit labels', async ({ page }, info) => {
  const ed = await openGeneratedPlant(page, (n) => info.outputPath(n));
  // Zoomed out: plain tiles, no text on assets.
  await expect(page.locator('.react-flow__node-asset .asset-name')).toHaveCount(0);
  await ed.region('Findings').locator('[data-rule="slc-below-slt"] .finding-button').first().click();
  // Zoomed in on the zone: assets show their names, links and conduits are React Flow edges again.
  await expect(page.locator('.react-flow__node-asset .asset-name').first()).toBeVisible();
  await expect(page.locator('.react-flow__edge-link').first()).toBeAttached();
  await expect(page.locator('.conduit-label').first()).toBeAttached();
  await expect(page.locator('[data-testid^="far-conduit-"]')).toHaveCount(0);
  // Only what is in view is rendered.
  expect(await page.locator('.react-flow__node-asset').count()).toBeLessThan(ASSETS);
});

test('zoomed out, a rubber band selects assets with their links, and a click on the canvas clears links and conduits', async ({ page }, info) => {
  const ed = await openGeneratedPlant(page, (n) => info.outputPath(n));
  await expect(page.locator('[data-testid^="far-conduit-"]')).toHaveCount(200);
  const plant = await plantBox(page);
  const zone = (await page.locator('.react-flow__node[data-id="z0"]').boundingBox())!;
  const empty = { x: plant.left - 6, y: plant.bottom + 6 };
  await page.mouse.move(plant.left - 6, plant.top - 6);
  await page.mouse.down();
  await page.mouse.move(zone.x + zone.width / 2, zone.y + zone.height / 2, { steps: 4 });
  await page.mouse.move(zone.x + zone.width + 2, zone.y + zone.height + 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node-asset.selected')).toHaveCount(20);
  // The links at those assets, drawn by the edge layer at this zoom, are selected along. (The band
  // ends 2 px past the zone; whether React Flow counts the zone as enclosed, and so selects it with
  // its conduits, depends on how its rectangle rounds at this zoom.)
  await expect(ed.region('Properties')).toContainText(/(1 zone, )?20 assets, (\d+ conduits, )?\d+ links selected/);
  await expect(page.locator('.edge-layer-link--selected')).not.toHaveCount(0);
  await page.mouse.click(empty.x, empty.y);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(page.locator('.edge-layer-link--selected')).toHaveCount(0);

  // A conduit selected on the edge layer (as a click on its line does) is cleared the same way.
  const conduit = page.getByTestId('far-conduit-c0-1');
  await conduit.dispatchEvent('click');
  await expect(conduit).toHaveClass(/is-selected/);
  await page.mouse.click(empty.x, empty.y);
  await expect(conduit).not.toHaveClass(/is-selected/);
});
