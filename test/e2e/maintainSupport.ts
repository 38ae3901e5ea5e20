/** Steps of the Lifecycle and Revisions views, on top of the `Editor` driver. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Editor } from './support';

/** Reloading asks "leave the page?" while there are unsaved changes; the user leaves. */
export function leaveWithoutAsking(page: Page): void {
  page.on('dialog', (d) => void d.accept());
}

/** A main view by its tab: Diagram, Workflow, Risk, Lifecycle, Revisions, Reference. */
export async function showView(ed: Editor, name: 'Diagram' | 'Lifecycle' | 'Revisions'): Promise<void> {
  const tab = ed.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The Lifecycle view on one of its tabs. */
export async function openLifecycle(ed: Editor, tab: 'Phases' | 'Maintain'): Promise<Locator> {
  await showView(ed, 'Lifecycle');
  const t = ed.page.getByRole('tablist', { name: 'Lifecycle' }).getByRole('tab', { name: tab, exact: true });
  await t.click();
  await expect(t).toHaveAttribute('aria-selected', 'true');
  return ed.page.getByRole('tabpanel', { name: tab });
}

/** A section of a view by its heading. */
export function section(scope: Locator | Page, heading: string | RegExp): Locator {
  return scope.getByRole('region', { name: heading });
}

/** Fills a table cell input and commits it (Enter). */
export async function commitCell(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
}

/** Selects a zone by clicking its title bar on the canvas. */
export async function selectZone(ed: Editor, name: string): Promise<void> {
  await ed.zoneNamed(name).locator('.zone-name').click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue(name);
}

/** Selects an asset on the canvas. */
export async function selectAsset(ed: Editor, name: string): Promise<void> {
  await ed.assetNamed(name).click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue(name);
}

/** Saves the current document as a revision from the Revisions view. */
export async function saveRevision(ed: Editor, name: string, note?: string): Promise<void> {
  await showView(ed, 'Revisions');
  const form = ed.page.getByRole('form', { name: 'Save a revision' });
  await form.getByLabel('Revision name').fill(name);
  if (note !== undefined) await form.getByLabel('Note (optional)').fill(note);
  await form.getByRole('button', { name: 'Save revision' }).click();
  await expect(revisionList(ed).getByRole('listitem', { name })).toBeVisible();
}

export function revisionList(ed: Editor): Locator {
  return ed.page.getByRole('list', { name: 'Saved revisions' });
}
