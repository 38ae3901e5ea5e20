import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { commitCell, openLifecycle, saveRevision, section, selectAsset, showView } from './maintainSupport';
import { Editor } from './support';

test('a zone whose next reassessment has passed is flagged overdue in the lifecycle view and reported in the findings', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const maintain = await openLifecycle(ed, 'Maintain');
  const reviews = section(maintain, 'Reviews and reassessment');
  await commitCell(reviews.getByLabel('Next reassessment of zone ‘Reactor cell 1’'), '2024-01-15');

  const banner = maintain.getByRole('status').filter({ hasText: 'risk reassessment is overdue' });
  await expect(banner).toContainText('Reassessment of zone ‘Reactor cell 1’ was due on 2024-01-15.');
  await expect(reviews.getByRole('row', { name: /Reactor cell 1/ })).toContainText(/Overdue by \d+ days/);

  const phases = await openLifecycle(ed, 'Phases');
  const review = phases.getByRole('listitem', { name: 'Periodic review and reassessment' });
  await expect(review).toContainText(/reassessment of control zone .Reactor cell 1. due on 2024-01-15 is overdue/);

  await showView(ed, 'Diagram');
  const finding = ed.findings.filter({ hasText: /Reactor cell 1.*was due for risk reassessment on 2024-01-15/ });
  await expect(finding).toHaveCount(1);
  // One undo step takes the date back, and the finding with it.
  await ed.button('Undo').click();
  await expect(finding).toHaveCount(0);
});

test('records an incident with the elements it touched, edits it, closes it and removes it', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const maintain = await openLifecycle(ed, 'Maintain');
  const log = section(maintain, 'Incident log');
  await expect(log).toContainText('No incident recorded.');

  await log.getByRole('button', { name: 'Add incident' }).click();
  const form = log.getByRole('form', { name: 'New incident' });
  // A title is required.
  await form.getByRole('button', { name: 'Add incident' }).click();
  await expect(form.getByRole('alert')).toHaveText('The title must not be empty.');
  await form.getByLabel('Date').fill('2025-02-03');
  await form.getByLabel('Title').fill('Malware on the engineering workstation');
  await form.getByLabel('Description').fill('USB stick from a contractor; workstation isolated.');
  await form.getByLabel('Add an affected element').selectOption({ label: 'Engineering workstation (asset)' });
  await form.getByLabel('Add an affected element').selectOption({ label: 'Reactor cell 1 (zone)' });
  await form.getByRole('button', { name: 'Add incident' }).click();

  const incident = log.getByRole('listitem', { name: 'Malware on the engineering workstation' });
  await expect(incident).toContainText('2025-02-03');
  await expect(incident).toContainText('Open');
  await expect(incident).toContainText('Affected: Engineering workstation, Reactor cell 1');
  await expect(log).toContainText('1 recorded, 1 not closed.');

  await incident.getByRole('button', { name: 'Edit incident ‘Malware on the engineering workstation’' }).click();
  const edit = log.getByRole('form', { name: 'Edit incident ‘Malware on the engineering workstation’' });
  await edit.getByLabel('Status').selectOption('contained');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(incident).toContainText('Contained');

  await incident.getByRole('button', { name: 'Close incident ‘Malware on the engineering workstation’' }).click();
  await expect(incident).toContainText('Closed');
  await expect(log).toContainText('1 recorded, 0 not closed.');

  const phases = await openLifecycle(ed, 'Phases');
  await expect(phases.getByRole('listitem', { name: 'Incident handling' })).toContainText('1 of 1 incidents closed.');

  const again = await openLifecycle(ed, 'Maintain');
  await section(again, 'Incident log').getByRole('button', { name: 'Remove incident ‘Malware on the engineering workstation’' }).click();
  await expect(section(again, 'Incident log')).toContainText('No incident recorded.');
});

test('the asset table records patch status, version, last patch date and the temporary flag; Properties agrees', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const maintain = await openLifecycle(ed, 'Maintain');
  const assets = section(maintain, 'Versions and patches (IEC 62443-2-3)');
  await assets.getByLabel('Filter assets').fill('jump');
  await expect(assets.getByRole('row')).toHaveCount(2);

  await assets.getByLabel('Patch status of ‘Jump host’').selectOption({ label: 'Patch pending' });
  await commitCell(assets.getByLabel('Firmware or software version of ‘Jump host’'), 'v2.4.1');
  await commitCell(assets.getByLabel('Last patched ‘Jump host’'), '2025-01-10');
  await assets.getByLabel('‘Jump host’ is a temporary device').check();
  await expect(assets.getByRole('list', { name: 'Patch status summary' }).getByRole('listitem').filter({ hasText: 'Patch pending' })).toContainText('1');

  const phases = await openLifecycle(ed, 'Phases');
  await expect(phases.getByRole('listitem', { name: 'Patch management (IEC 62443-2-3)' })).toContainText('Patches pending on 1: "Jump host".');

  await showView(ed, 'Diagram');
  await selectAsset(ed, 'Jump host');
  const props = ed.region('Properties');
  await expect(props.getByLabel('Firmware', { exact: true })).toHaveValue('v2.4.1');
  await expect(props.getByLabel('Patch status', { exact: true })).toHaveValue('pending');
  await expect(props.getByLabel('Last patched', { exact: true })).toHaveValue('2025-01-10');
  await expect(props.getByLabel('Temporary device (connected only now and then)')).toBeChecked();
});

/** Serious or critical axe violations inside the view area (the lifecycle views only). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.view-area').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the lifecycle and revisions views have no serious or critical accessibility violation', async ({ page }) => {
  // Three full scans of long views: slow on a loaded machine.
  test.slow();
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await openLifecycle(ed, 'Phases');
  expect(await violations(page)).toEqual([]);
  const maintain = await openLifecycle(ed, 'Maintain');
  await commitCell(section(maintain, 'Reviews and reassessment').getByLabel('Next reassessment of zone ‘Reactor cell 1’'), '2024-01-15');
  await section(maintain, 'Incident log').getByRole('button', { name: 'Add incident' }).click();
  expect(await violations(page)).toEqual([]);
  await saveRevision(ed, 'Baseline');
  await expect(section(page, 'Compare')).toContainText('No differences');
  expect(await violations(page)).toEqual([]);
});
