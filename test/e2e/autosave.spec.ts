import { expect, test, type Page } from '@playwright/test';
import { Editor } from './support';

/** Reloading asks "leave the page?" while there are unsaved changes; the user leaves. */
function leaveWithoutAsking(page: Page) {
  page.on('dialog', (d) => void d.accept());
}

test('reloading the page mid-work offers to recover it, with its name and time; recovered work is unsaved again', async ({ page }) => {
  leaveWithoutAsking(page);
  const ed = await Editor.open(page);
  await ed.setField('Project name', 'Recovery drill');
  await ed.button('Add zone').click();
  await ed.setField('Name', 'Boiler house');
  await ed.dropFromPalette('PLC', { x: 200, y: 420 });
  await ed.waitForAutosave('Recovery drill', { zones: 1, assets: 1 });

  await page.reload();
  await ed.ready();
  const prompt = page.getByRole('alertdialog', { name: 'Recover unsaved work?' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('Recovery drill');
  await expect(prompt).toContainText(/Last change today at \d{1,2}:\d{2}.*\(just now\)/);
  await expect(prompt).toContainText('Never saved to a file · 1 zone · 1 asset · 0 conduits');
  // Nothing is replaced until the user decides.
  await expect(page.locator('.doc-name')).toHaveText('Untitled plant');
  await prompt.getByRole('button', { name: 'Recover' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.locator('.doc-name')).toHaveText('Recovery drill');
  await expect(ed.zoneNamed('Boiler house')).toBeVisible();
  await expect(ed.assetNamed('PLC')).toBeVisible();
  await expect(page.locator('.doc-state--modified')).toBeVisible();

  // Recovered, it is this session's work now: a second reload offers it once more; Discard drops it.
  await ed.waitForAutosave('Recovery drill', { zones: 1, assets: 1 });
  await expect.poll(async () => (await ed.autosaved()).length).toBe(1);
  await page.reload();
  await ed.ready();
  await expect(prompt).toContainText('Recovery drill');
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.locator('.doc-name')).toHaveText('Untitled plant');
  await page.reload();
  await ed.ready();
  await expect(prompt).toHaveCount(0);
});

test('saving to a file marks the autosave clean: a reload offers nothing to recover', async ({ page }) => {
  leaveWithoutAsking(page);
  const ed = await Editor.open(page);
  await ed.newFromSample('Northfield water utility');
  await ed.dropFromPalette('Historian', { x: 80, y: 80 });
  await expect(ed.assetNamed('Historian')).toBeVisible();
  await ed.waitForAutosave('Northfield water utility');
  await ed.save();
  await expect.poll(async () => (await ed.autosaved()).map((r) => r.clean)).toEqual([true]);
  await page.reload();
  await ed.ready();
  await expect(page.getByRole('alertdialog', { name: 'Recover unsaved work?' })).toHaveCount(0);
});

test('the start screen lists recent projects, and one reopens from there', async ({ page }) => {
  leaveWithoutAsking(page);
  const ed = await Editor.open(page);
  await ed.newFromSample('Northfield water utility');
  await ed.dropFromPalette('Historian', { x: 80, y: 80 });
  await expect(ed.assetNamed('Historian')).toBeVisible();
  await ed.waitForAutosave('Northfield water utility');
  await ed.save();

  await ed.newFromSample('Riverside chemical plant');
  await ed.dropFromPalette('Jump host', { x: 80, y: 80 });
  await ed.waitForAutosave('Riverside chemical plant');

  // The New dialog lists both, most recent first; the unsaved one says so.
  await ed.button('New').click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  const recent = dialog.getByRole('region', { name: 'Recent projects' });
  await expect(recent.locator('.recent-name')).toHaveText([/^Riverside chemical plant\s*unsaved$/, /^Northfield water utility$/]);
  await expect(recent.locator('.recent-detail').first()).toContainText('Unsaved changes · not saved to a file');
  await dialog.getByRole('button', { name: /^Empty project/ }).click();
  // Autosave now holds the empty project, which has nothing to recover (the unsaved plant stays
  // in the recent list). Waiting for that write keeps the reload below from racing it.
  await expect.poll(async () => (await ed.autosaved()).map((r) => `${r.name}${r.clean ? '' : ' (unsaved)'}`)).toEqual(['Untitled plant']);

  // After a reload, the empty start screen lists them too; a click reopens one as it was.
  await page.reload();
  await ed.ready();
  await expect(page.getByRole('alertdialog', { name: 'Recover unsaved work?' })).toHaveCount(0);
  const start = page.locator('.canvas-empty').getByRole('region', { name: 'Recent projects' });
  await expect(start.locator('.recent-name').first()).toContainText('Riverside chemical plant');
  await start.getByRole('button', { name: 'Open Northfield water utility', exact: true }).click();
  await expect(page.locator('.doc-name')).toHaveText('Northfield water utility');
  await expect(ed.assetNamed('Historian')).toBeVisible();
  // It was saved to a file: it opens unmodified, and knows its file name.
  await expect(page.locator('.doc-state--modified')).toHaveCount(0);
  await expect(page.locator('.doc-state')).toHaveText(/\.zonewright\.json$/);
});

test('the window title marks unsaved changes, and undo back to the saved state clears the mark', async ({ page }) => {
  const ed = await Editor.open(page);
  await expect(page).toHaveTitle('Untitled plant — Zonewright');
  await ed.button('Add zone').click();
  await expect(page).toHaveTitle('• Untitled plant — Zonewright');
  await ed.button('Undo').click();
  await expect(page).toHaveTitle('Untitled plant — Zonewright');
  await ed.setField('Project name', 'Boiler house');
  await expect(page).toHaveTitle('• Boiler house — Zonewright');
});
