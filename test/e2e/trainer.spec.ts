/** Trainer mode: a guided scenario walked to the end, the what-if switch, presentation mode. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Editor } from './support';
import { scenarioPanel, selectZone, startScenario, trainerButton, whatIfPanel, zoneSlChip } from './trainerSupport';

function errorCount(ed: Editor) {
  return ed.region('Findings').locator('.count--error');
}

async function noSeriousA11yViolation(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test('walks "Fix the flawed plant" step by step until no error is left', async ({ page }) => {
  const ed = await Editor.open(page);
  await startScenario(ed, 'Fix the flawed plant');
  const panel = scenarioPanel(page);
  const state = panel.getByRole('status');
  await expect(panel).toContainText('Step 1 of 9');
  await expect(panel).toContainText('Give the contractor laptop a zone');
  await expect(state).toContainText('To do');
  await expect(errorCount(ed)).toHaveText('14 errors');
  await noSeriousA11yViolation(page, '.trainer-bar');

  // "Show me" is one undoable edit.
  await panel.getByRole('button', { name: 'Show me' }).click();
  await expect(state).toContainText('Done');
  await expect(errorCount(ed)).toHaveText('13 errors');
  await ed.button('Undo').click();
  await expect(state).toContainText('To do');
  await ed.button('Redo').click();
  await expect(state).toContainText('Done');
  await panel.getByRole('button', { name: 'Next' }).click();

  // Step 2 done by hand in the Properties panel: the step notices.
  await expect(panel).toContainText('Step 2 of 9');
  await expect(panel).toContainText('Set a target level for Line 2');
  await expect(panel.getByRole('button', { name: 'Show me' })).toBeEnabled();
  await selectZone(ed, 'Line 2');
  await ed.region('Properties').getByRole('button', { name: 'Set all SL-T to 2' }).click();
  await expect(state).toContainText('Done: this problem is fixed');
  await expect(panel.getByRole('button', { name: 'Show me' })).toBeDisabled();

  // Back shows the first step again, still done.
  await panel.getByRole('button', { name: 'Back' }).click();
  await expect(panel).toContainText('Step 1 of 9');
  await expect(state).toContainText('Done');
  await panel.getByRole('button', { name: 'Next' }).click();
  await panel.getByRole('button', { name: 'Next' }).click();

  for (let step = 3; step <= 9; step++) {
    await expect(panel).toContainText(`Step ${step} of 9`);
    await expect(state).toContainText('To do');
    await panel.getByRole('button', { name: 'Show me' }).click();
    await expect(state).toContainText('Done');
    await panel.getByRole('button', { name: step === 9 ? 'Finish' : 'Next' }).click();
  }

  await expect(panel).toContainText('complete');
  await expect(panel).toContainText('All 9 steps are done.');
  await expect(errorCount(ed)).toHaveText('0 errors');
  await panel.getByRole('button', { name: 'Exit scenario' }).click();
  await expect(panel).toBeHidden();
});

test('what-if: a raised SL-T shows its deltas, and Revert brings back the SL-T and the findings in one click', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const chip = zoneSlChip(ed, 'Reactor cell 1');
  await expect(chip).toHaveText('SL-T 2221212');
  const warnings = ed.region('Findings').locator('.count--warning');
  const warningsBefore = await warnings.textContent();
  const findingsBefore = await ed.findings.count();

  await trainerButton(page, 'What-if').click();
  await expect(trainerButton(page, 'What-if')).toHaveAttribute('aria-pressed', 'true');
  const bar = whatIfPanel(page);
  await expect(bar).toContainText('Experiment under way');

  await selectZone(ed, 'Reactor cell 1');
  await ed.region('Properties').getByRole('radiogroup', { name: /SL-T FR1 IAC/ }).getByRole('radio', { name: '3' }).check();
  await expect(chip).toHaveText('SL-T 3221212');
  const changes = bar.getByRole('list', { name: 'Requirement changes' });
  await expect(changes).toContainText(/Reactor cell 1: \+\d+ requirements \(SL-T IAC 2→3\)/);
  const findings = bar.getByRole('list', { name: 'Findings added and removed' });
  await expect(findings.locator('[data-rule="slc-below-slt"]').filter({ hasText: 'PLC-101' })).toHaveCount(1);
  await noSeriousA11yViolation(page, '.trainer-bar');

  await bar.getByRole('button', { name: 'Revert' }).click();
  await expect(bar).toBeHidden();
  await expect(chip).toHaveText('SL-T 2221212');
  await expect(warnings).toHaveText(warningsBefore!);
  await expect(ed.findings).toHaveCount(findingsBefore);
  await expect(trainerButton(page, 'What-if')).toHaveAttribute('aria-pressed', 'false');
  // The experiment leaves nothing to undo.
  await expect(ed.button('Undo')).toBeDisabled();
});

test('what-if: Keep changes ends the experiment and keeps the edit undoable', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await trainerButton(page, 'What-if').click();
  await selectZone(ed, 'Reactor cell 1');
  await ed.region('Properties').getByRole('button', { name: 'Set all SL-T to 3' }).click();
  await expect(whatIfPanel(page)).toContainText('Reactor cell 1: +');
  await whatIfPanel(page).getByRole('button', { name: 'Keep changes' }).click();
  await expect(whatIfPanel(page)).toBeHidden();
  await expect(zoneSlChip(ed, 'Reactor cell 1')).toHaveText('SL-T 3');
  await ed.button('Undo').click();
  await expect(zoneSlChip(ed, 'Reactor cell 1')).toHaveText('SL-T 2221212');
});

test('presentation mode hides the panels, and Esc or the exit button leaves it', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  await expect(ed.region('Palette')).toBeVisible();

  await trainerButton(page, 'Present').click();
  await expect(page.locator('.app')).toHaveClass(/is-presenting/);
  await expect(trainerButton(page, 'Present')).toHaveAttribute('aria-pressed', 'true');
  await expect(ed.region('Palette')).toBeHidden();
  await expect(ed.region('Properties')).toBeHidden();
  await expect(ed.region('Findings')).toBeVisible();
  // Projector type: findings are set large.
  const size = await ed.findings.first().locator('.finding-message').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  const exit = page.getByRole('button', { name: /Exit presentation/ });
  await expect(exit).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/is-presenting/);
  await expect(ed.region('Palette')).toBeVisible();

  await page.keyboard.press('F5');
  await expect(page.locator('.app')).toHaveClass(/is-presenting/);
  await exit.click();
  await expect(page.locator('.app')).not.toHaveClass(/is-presenting/);
  await expect(ed.region('Properties')).toBeVisible();
});
