/** Helpers for the trainer and reference specs, over the Editor driver of support.ts. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Editor } from './support';

/** The trainer's group of buttons beside the view tabs (What-if, Scenarios, Present). */
export function trainerButton(page: Page, name: 'What-if' | 'Scenarios' | 'Present'): Locator {
  return page.getByRole('group', { name: 'Trainer' }).getByRole('button', { name, exact: true });
}

/** The running scenario's part of the trainer bar. */
export function scenarioPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Scenario/ });
}

/** The what-if experiment's part of the trainer bar. */
export function whatIfPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^What-if/ });
}

/** Opens the scenario list and starts the scenario titled `title`. */
export async function startScenario(ed: Editor, title: string): Promise<void> {
  await trainerButton(ed.page, 'Scenarios').click();
  const dialog = ed.page.getByRole('dialog', { name: 'Guided scenarios' });
  await dialog.getByRole('button', { name: `Start scenario ${title}` }).click();
  await expect(dialog).toBeHidden();
  await expect(scenarioPanel(ed.page)).toContainText('Step 1 of');
}

/** The SL-T chip of a zone on the canvas, e.g. `SL-T 2221212`. */
export function zoneSlChip(ed: Editor, name: string): Locator {
  return ed.zoneNamed(name).locator('.chip-sl');
}

/** Selects a zone by clicking its name on the canvas, and waits for the Properties panel to show it. */
export async function selectZone(ed: Editor, name: string): Promise<void> {
  await ed.zoneNamed(name).locator('.zone-name').click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue(name);
}

/** The reference view's entry for `id` (`SR 5.1`, `ZCR 3.1`). */
export function referenceEntry(page: Page, id: string): Locator {
  return page.locator(`.ref-entry[data-entry="${id}"]`);
}
