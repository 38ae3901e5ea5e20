import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Editor } from './support';

/** The canvas highlight, set here by a trainer scenario: each step marks the elements it is about. */

async function startFlawedPlantScenario(ed: Editor): Promise<void> {
  await ed.page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  await ed.page.getByRole('dialog', { name: 'Guided scenarios' }).getByRole('button', { name: 'Start scenario Fix the flawed plant' }).click();
  await expect(ed.page.locator('.doc-name')).toHaveText('Flawed plant (training)');
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const zoom = async (page: Page) => Number(/scale\(([\d.e+-]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);

test('marks the highlighted elements, dims the rest, and says what is marked', async ({ page }) => {
  const ed = await Editor.open(page);
  await startFlawedPlantScenario(ed);
  const banner = page.getByRole('region', { name: 'Highlight' });
  await expect(banner).toContainText('Step 1: Give the contractor laptop a zone');
  await expect(banner.getByRole('status')).toHaveText(/2 elements marked/);
  await expect(ed.canvas).toHaveClass(/has-highlight/);
  await expect(node(page, 'a-contractor')).toHaveClass(/is-highlighted/);
  await expect(node(page, 'z-vendor')).toHaveClass(/is-highlighted/);
  await expect(node(page, 'a-hmi')).not.toHaveClass(/is-highlighted/);
  await expect(node(page, 'a-hmi')).toHaveCSS('opacity', '0.4');
  await expect(page.getByTestId('overview-highlight')).toBeAttached();
  expect((await new AxeBuilder({ page }).include('.highlight-banner').analyze()).violations).toEqual([]);

  // A step about a link and a conduit marks those edges, thicker and in the highlight colour.
  const trainer = page.locator('.trainer-actions');
  for (let i = 0; i < 3; i++) await trainer.getByRole('button', { name: 'Next' }).click();
  await expect(banner).toContainText('Step 4:');
  await expect(page.locator('.react-flow__edge[data-id="l3"]')).toHaveClass(/is-highlighted/);
  await expect(page.locator('.react-flow__edge[data-id="c-ops-line"]')).toHaveClass(/is-highlighted/);
  await expect(page.locator('.react-flow__edge[data-id="l2"]')).not.toHaveClass(/is-highlighted/);
  await expect(page.getByTestId('conduit-c-ops-line')).toHaveClass(/is-highlighted/);
});

test('Zoom to fits the view to the marked elements, also when zoomed far out, and Escape clears', async ({ page }) => {
  const ed = await Editor.open(page);
  await startFlawedPlantScenario(ed);
  const banner = page.getByRole('region', { name: 'Highlight' });
  await expect(banner).toBeVisible();

  // Zoomed out past the level of detail, the conduit layer marks the highlighted conduit.
  const trainer = page.locator('.trainer-actions');
  for (let i = 0; i < 3; i++) await trainer.getByRole('button', { name: 'Next' }).click();
  await expect(banner).toContainText('Step 4:');
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await expect
    .poll(async () => {
      if (!/is-far/.test((await ed.canvas.getAttribute('class')) ?? '')) await zoomOut.click();
      return ed.canvas.getAttribute('class');
    }, { timeout: 15_000 })
    .toMatch(/is-far/);
  await expect(page.getByTestId('far-conduit-c-ops-line')).toHaveClass(/is-highlighted/);
  await expect(page.getByTestId('far-conduit-c-office-line')).not.toHaveClass(/is-highlighted/);

  await banner.getByRole('button', { name: 'Zoom to' }).click();
  await expect.poll(() => zoom(page)).toBeGreaterThan(0.25);
  const view = (await ed.canvas.boundingBox())!;
  for (const id of ['a-hmi', 'a-plc1']) {
    const box = (await node(page, id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
  }

  // Escape clears the highlight first; the selection stays for the next Escape.
  await node(page, 'a-plc1').click();
  await page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);
  await expect(ed.canvas).not.toHaveClass(/has-highlight/);
  await expect(node(page, 'a-hmi')).toHaveCSS('opacity', '1');
  await expect(node(page, 'a-plc1')).toHaveClass(/\bselected\b/);
});

test('Clear removes the highlight', async ({ page }) => {
  const ed = await Editor.open(page);
  await startFlawedPlantScenario(ed);
  const banner = page.getByRole('region', { name: 'Highlight' });
  await banner.getByRole('button', { name: /Clear/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.react-flow__node.is-highlighted')).toHaveCount(0);
});
