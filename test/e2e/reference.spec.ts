/** The IEC 62443 reference view, and the links into it from findings and requirements. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Editor } from './support';
import { referenceEntry, selectZone } from './trainerSupport';

test('a finding\'s clause link opens the reference at that clause', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  const finding = ed.findings.filter({ hasText: 'is in no zone' }).first();
  await finding.getByRole('link', { name: /IEC 62443-3-2 ZCR 3\.1/ }).click();
  await expect(page.getByRole('tab', { name: 'Reference' })).toHaveAttribute('aria-selected', 'true');
  const entry = referenceEntry(page, 'ZCR 3.1');
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(entry).toContainText('Establish zones and conduits');
  await expect(entry).toBeFocused();

  // Another finding's link moves the mark.
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await ed.findings.filter({ hasText: 'no boundary device' }).first().getByRole('link').click();
  await expect(referenceEntry(page, 'SR 5.2')).toBeInViewport();
  await expect(referenceEntry(page, 'SR 5.2')).toHaveAttribute('aria-current', 'true');
  await expect(referenceEntry(page, 'ZCR 3.1')).not.toHaveAttribute('aria-current', 'true');
});

test('a requirement id in the requirements panel opens its entry with our guidance', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await selectZone(ed, 'Reactor cell 1');
  await ed.requirements.getByRole('link', { name: /^SR 1\.1 RE 1:/ }).click();
  const entry = referenceEntry(page, 'SR 1.1 RE 1');
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(entry).toContainText('Unique identification and authentication');
  await expect(entry).toContainText('from SL 2');
});

test('search and the FR filter narrow the entries; a link clears what would hide its entry', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  await page.getByRole('tab', { name: 'Reference' }).click();
  const search = page.getByRole('searchbox', { name: 'Search the reference' });
  await expect(referenceEntry(page, '62443-3-3')).toContainText('System security requirements and security levels');
  await expect(referenceEntry(page, 'FR3')).toBeVisible();
  await expect(referenceEntry(page, 'SL4')).toBeVisible();

  await search.fill('multifactor');
  await expect(referenceEntry(page, 'SR 1.1 RE 2')).toBeVisible();
  await expect(referenceEntry(page, 'SR 5.2')).toHaveCount(0);

  await search.fill('');
  const filter = page.getByRole('group', { name: 'Filter by foundational requirement' });
  await filter.getByRole('button', { name: 'FR7 RA' }).click();
  await expect(filter.getByRole('button', { name: 'FR7 RA' })).toHaveAttribute('aria-pressed', 'true');
  await expect(referenceEntry(page, 'SR 7.1')).toBeVisible();
  await expect(referenceEntry(page, 'SR 1.1')).toHaveCount(0);
  // Scanned while filtered: the whole list takes axe long on a loaded machine, and every entry is built alike.
  const results = await new AxeBuilder({ page }).include('.reference').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await search.fill('no such requirement anywhere');
  await expect(page.getByText(/Nothing matches/)).toBeVisible();

  // A finding's link still finds its entry: the search and filter give way.
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await ed.findings.filter({ hasText: 'no boundary device' }).first().getByRole('link').click();
  await expect(referenceEntry(page, 'SR 5.2')).toBeInViewport();
  await expect(search).toHaveValue('');
});
