import { expect, test, type Page } from '@playwright/test';
import { leaveWithoutAsking, revisionList, saveRevision, section, selectAsset, selectZone, showView } from './maintainSupport';
import { join } from 'node:path';
import { Editor, SAMPLES_DIR } from './support';

test('a saved revision lists the SL-T and asset changes made since, marks them on the diagram, and is still there after a reload', async ({ page }) => {
  leaveWithoutAsking(page);
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await saveRevision(ed, 'Design review', 'Before the factory acceptance test');
  await expect(revisionList(ed).getByRole('listitem', { name: 'Design review' })).toContainText('Before the factory acceptance test');
  await expect(revisionList(ed).getByRole('listitem', { name: 'Design review' })).toContainText('8 zones · 33 assets');

  // Raise a zone's SL-T and record an asset's firmware.
  await showView(ed, 'Diagram');
  await selectZone(ed, 'Reactor cell 1');
  await ed.region('Properties').getByRole('radiogroup', { name: /SL-T FR1 IAC/ }).getByRole('radio', { name: '4' }).check();
  await selectAsset(ed, 'Jump host');
  await ed.setField('Firmware', 'v2.4.1');

  await showView(ed, 'Revisions');
  const compare = section(page, 'Compare');
  await expect(compare.getByLabel('From')).toHaveValue(/.+/);
  await expect(compare.getByLabel('To')).toHaveValue('current');
  await expect(compare).toContainText("2 changes from revision ‘Design review’ to the current document, touching 2 elements.");
  await expect(section(compare, 'Security levels (SL-T, SL-C)')).toContainText(/SL-T of .*Reactor cell 1.*: IAC 2→4/);
  await expect(section(compare, 'Assets')).toContainText(/Jump host.*firmware none → .v2\.4\.1./);

  await compare.getByRole('button', { name: 'Show on diagram' }).click();
  await expect(page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Diagram' })).toHaveAttribute('aria-selected', 'true');
  await expect(ed.canvas).toBeVisible();
  await showView(ed, 'Revisions');
  await expect(compare).toContainText('Marked on the diagram: 2 elements.');
  await compare.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(compare.getByText('Marked on the diagram')).toHaveCount(0);

  // The revision lives in the browser's database: a reload and the recovered project still have it.
  await ed.waitForAutosave('Riverside chemical plant');
  await page.reload();
  await ed.ready();
  await page.getByRole('alertdialog', { name: 'Recover unsaved work?' }).getByRole('button', { name: 'Recover' }).click();
  await expect(page.locator('.doc-name')).toHaveText('Riverside chemical plant');
  await showView(ed, 'Revisions');
  await expect(revisionList(ed).getByRole('listitem')).toHaveCount(1);
  await expect(revisionList(ed).getByRole('listitem', { name: 'Design review' })).toBeVisible();
  await expect(section(page, 'Compare')).toContainText('2 changes from revision ‘Design review’ to the current document');
});

test('two revisions compare with each other; restore asks first and is one undo step; rename and delete', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Northfield water utility');
  await saveRevision(ed, 'Baseline');
  await showView(ed, 'Diagram');
  await ed.setField('Project name', 'Northfield after review');
  await saveRevision(ed, 'Renamed');

  const compare = section(page, 'Compare');
  const optionValue = (label: 'From' | 'To', name: string) => compare.getByLabel(label).locator('option', { hasText: name }).getAttribute('value');
  await compare.getByLabel('From').selectOption((await optionValue('From', 'Baseline'))!);
  await compare.getByLabel('To').selectOption((await optionValue('To', 'Renamed'))!);
  await expect(compare).toContainText('1 change from revision ‘Baseline’ to revision ‘Renamed’.');
  await expect(section(compare, 'Project and approval')).toContainText(/name .Northfield water utility. → .Northfield after review./);
  // Nothing on the diagram to mark for a project-level change.
  await expect(compare.getByRole('button', { name: 'Show on diagram' })).toBeDisabled();

  await revisionList(ed).getByRole('button', { name: 'Restore revision ‘Baseline’' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore revision ‘Baseline’?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.doc-name')).toHaveText('Northfield after review');
  await revisionList(ed).getByRole('button', { name: 'Restore revision ‘Baseline’' }).click();
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.doc-name')).toHaveText('Northfield water utility');
  await ed.button('Undo').click();
  await expect(page.locator('.doc-name')).toHaveText('Northfield after review');

  await revisionList(ed).getByRole('button', { name: 'Rename revision ‘Renamed’' }).click();
  const rename = page.getByRole('form', { name: 'Rename revision ‘Renamed’' });
  await rename.getByLabel('New name').fill('After the review');
  await rename.getByLabel('New name').press('Enter');
  await expect(revisionList(ed).getByRole('listitem', { name: 'After the review' })).toBeVisible();

  await revisionList(ed).getByRole('button', { name: 'Delete revision ‘Baseline’' }).click();
  await page.getByRole('alertdialog', { name: 'Delete revision ‘Baseline’?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(revisionList(ed).getByRole('listitem')).toHaveCount(1);
  await expect(revisionList(ed).getByRole('listitem', { name: 'Baseline' })).toHaveCount(0);
});

test('without a browser database the Revisions view says so and the editor still works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto('/');
  const ed = new Editor(page);
  await expect(ed.button('New')).toBeVisible();
  await showView(ed, 'Revisions');
  await expect(page.getByRole('status').filter({ hasText: 'not available here' })).toContainText('save the project to a file to keep a copy');
  await showView(ed, 'Diagram');
  await ed.button('Add zone').click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue(/zone/i);
});

test('a file opened again from the disk keeps its revisions', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.openFile(join(SAMPLES_DIR, 'machine-builder-cell.zonewright.json'));
  await saveRevision(ed, 'As delivered');
  // The project is in the recent list (which is how the app knows the file when it comes back).
  const name = await ed.projectName();
  await expect.poll(() => recentNames(page), { timeout: 5000 }).toContain(name);
  await ed.newFromSample('Riverside chemical plant');
  await showView(ed, 'Revisions');
  await expect(revisionList(ed).getByRole('listitem')).toHaveCount(0);
  await ed.openFile(join(SAMPLES_DIR, 'machine-builder-cell.zonewright.json'));
  await showView(ed, 'Revisions');
  await expect(revisionList(ed).getByRole('listitem', { name: 'As delivered' })).toBeVisible();
});

function recentNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('zonewright');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('recent').objectStore('recent').getAll();
          all.onsuccess = () => {
            resolve((all.result as { name: string }[]).map((r) => r.name));
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
