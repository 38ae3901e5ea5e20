import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Assess } from './assessSupport';
import { Editor } from './support';

async function riverside(page: Page): Promise<Assess> {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  return new Assess(ed);
}

test('a library scenario, once rated, shows its risk level and moves the suggested SL-T; accepting sets the zone’s SL-T', async ({ page }) => {
  const a = await riverside(page);
  const cell = await a.openRegister('Reactor cell 1');
  const suggestion = a.suggestion(cell);
  await expect(suggestion).toContainText('Rate a threat scenario');
  await expect(suggestion.locator('.risk-decision')).toHaveText('No rated risk');

  // The threat's typical likelihood (4, Likely) comes with it; no consequence yet, so no risk.
  const remote = await a.addScenario(cell, 'Remote-access compromise');
  await expect(remote.getByRole('combobox', { name: 'Likelihood', exact: true })).toHaveValue('4');
  const unmitigated = remote.locator('.risk-scenario-head .risk-chip').first();
  await expect(unmitigated).toHaveText(/^Unmitigated risk: –\s*not rated$/);

  await a.rate(remote, { consequence: { Production: 3 } });
  await expect(unmitigated).toHaveText('Unmitigated risk: 12 High');
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^3/);
  await expect(a.current(cell, 'IAC')).toHaveText('2');
  await expect(suggestion.getByRole('list', { name: 'Why' })).toContainText('SL 3 from "Remote-access compromise": unmitigated risk 12 (likelihood 4 × consequence 3) is High');
  // The scenario is placed on the heat map, and the list counts it.
  const marks = cell.getByRole('table', { name: /^Risk matrix/ }).locator('.risk-mark');
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).toContainText('unmitigated: Remote-access compromise');
  await expect(a.listRow('Reactor cell 1')).toContainText('Pending');

  // A worse consequence: Critical, SL 4.
  await a.rate(remote, { consequence: { 'Health and safety': 5 } });
  await expect(unmitigated).toHaveText('Unmitigated risk: 20 Critical');
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^4/);
  // FRs the threat does not work against keep the baseline.
  await expect(a.suggested(cell, 'SI')).toHaveText(/^1/);

  await a.acceptSuggestion(cell);
  await expect(suggestion.locator('.risk-card-head .risk-decision')).toHaveText('Accepted');
  await expect(a.current(cell, 'IAC')).toHaveText('4');
  await expect(suggestion.getByRole('list', { name: 'SL-T decisions, latest first' })).toContainText('Accepted by R. Okafor');
  await expect(a.ed.region('Properties').getByRole('radiogroup', { name: /^SL-T FR1 IAC/ }).getByRole('radio', { name: '4' })).toBeChecked();
  await expect(a.listRow('Reactor cell 1')).toContainText('Accepted');

  // A higher tolerable risk makes the scenario acceptable: the suggestion falls to the baseline.
  await a.riskView.getByRole('button', { name: 'Risk method' }).click();
  await a.riskView.getByLabel('Highest tolerable score').selectOption('20');
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^1/);
  await expect(suggestion.locator('.risk-card-head .risk-decision')).toHaveText('Outdated');

  // Every step was one undo.
  await a.ed.button('Undo').click();
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^4/);
  await a.ed.button('Undo').click();
  await expect(a.current(cell, 'IAC')).toHaveText('2');
});

test('an override needs a reason, and is recorded in the decision history', async ({ page }) => {
  const a = await riverside(page);
  const cell = await a.openRegister('Reactor cell 1');
  const logic = await a.addScenario(cell, 'Unauthorized change of control logic');
  await a.rate(logic, { consequence: { 'Health and safety': 4 } });
  const suggestion = a.suggestion(cell);
  await expect(a.suggested(cell, 'SI')).toHaveText(/^2/);

  await suggestion.getByLabel('Decided by').fill('M. Lindqvist');
  await suggestion.getByRole('button', { name: 'Override…' }).click();
  await suggestion.getByLabel('Override SL-T FR3 SI').selectOption('3');
  await suggestion.getByRole('button', { name: 'Record override' }).click();
  await expect(suggestion.getByRole('alert')).toHaveText('Say why the suggestion does not fit: the reason is recorded with the decision.');
  await expect(suggestion.locator('.risk-card-head .risk-decision')).toHaveText('Pending');
  await expect(a.current(cell, 'SI')).toHaveText('2');

  await suggestion.getByLabel('Reason for the override (required)').fill('The reactor holds a toxic inventory: logic integrity must resist skilled attackers.');
  await suggestion.getByRole('button', { name: 'Record override' }).click();
  await expect(suggestion.locator('.risk-card-head .risk-decision')).toHaveText('Overridden');
  await expect(a.current(cell, 'SI')).toHaveText('3');
  const history = suggestion.getByRole('list', { name: 'SL-T decisions, latest first' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Overridden by M. Lindqvist');
  await expect(history).toContainText('The reactor holds a toxic inventory');
  await expect(a.listRow('Reactor cell 1')).toContainText('Overridden');

  // Accepting afterwards adds to the history, latest first.
  await suggestion.getByRole('button', { name: 'Accept suggestion' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Accepted by M. Lindqvist');
  await expect(a.current(cell, 'SI')).toHaveText('2');

  // The decisions are saved with the zone.
  const saved = JSON.parse((await a.ed.save()).text) as { zones: { name: string; slTDecisions?: { action: string; reason?: string }[] }[] };
  const zone = saved.zones.find((z) => z.name === 'Reactor cell 1');
  expect(zone?.slTDecisions?.map((d) => d.action)).toEqual(['overridden', 'accepted']);
  expect(zone?.slTDecisions?.[0]?.reason).toMatch(/^The reactor holds a toxic inventory/);
});

test('a matrix change that existing ratings do not fit is refused, and the panel says which rating', async ({ page }) => {
  const a = await riverside(page);
  const cell = await a.openRegister('Reactor cell 1');
  await a.addScenario(cell, 'Remote-access compromise');
  await a.riskView.getByRole('button', { name: 'Risk method' }).click();
  const settings = a.riskView.getByRole('region', { name: 'Risk method' });

  const likelihoodSteps = settings.getByRole('group', { name: 'Likelihood' }).getByLabel('Steps');
  await likelihoodSteps.selectOption('3');
  const refusal = settings.getByRole('alert');
  await expect(refusal).toContainText('Likelihood with 3 steps is refused');
  await expect(refusal).toContainText(
    'Zone “Reactor cell 1”, scenario “Remote-access compromise”: the likelihood is 4 and must be at most 3, the number of likelihood steps of the risk matrix.',
  );
  await expect(likelihoodSteps).toHaveValue('5');

  // A change the ratings fit goes through: a relabelled step shows in the rating lists.
  await settings.getByLabel('Consequence 5', { exact: true }).fill('Catastrophic');
  await settings.getByLabel('Consequence 5', { exact: true }).press('Enter');
  await expect(refusal).toHaveCount(0);
  const remote = a.scenario(cell, 'Remote-access compromise');
  await a.expand(remote);
  await expect(remote.getByRole('combobox', { name: 'Consequence: Production', exact: true }).getByRole('option', { name: '5 · Catastrophic' })).toHaveCount(1);
  await likelihoodSteps.selectOption('6');
  await expect(likelihoodSteps).toHaveValue('6');
  await expect(a.riskView.locator('.assess-titles')).toContainText('6×5 matrix');
});

test('a custom threat is added with its scenario in one step', async ({ page }) => {
  const a = await riverside(page);
  const dmz = await a.openRegister('Industrial DMZ');
  await dmz.getByRole('button', { name: 'Custom threat…' }).click();
  const form = dmz.getByRole('group', { name: 'New custom threat' });
  await form.getByRole('button', { name: 'Add threat and scenario' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give the threat a title.');
  await form.getByLabel('Title').fill('Tampered historian replication');
  await form.getByRole('button', { name: 'Add threat and scenario' }).click();
  await expect(form.getByRole('alert')).toHaveText('Tick at least one foundational requirement the threat works against.');
  await form.getByLabel('FR4 DC Data confidentiality').check();
  await form.getByLabel('FR3 SI System integrity').check();
  await form.getByRole('button', { name: 'Add threat and scenario' }).click();
  const card = a.scenario(dmz, 'Tampered historian replication');
  await expect(card).toBeVisible();
  await expect(card.locator('.risk-tag')).toHaveText('Custom');
  await expect(card.locator('.risk-fr')).toHaveText(['SI', 'DC']);
  // The new threat is offered for other registers too; one undo removes threat and scenario.
  await expect(dmz.getByLabel('Threat', { exact: true }).getByRole('option', { name: 'Tampered historian replication' })).toHaveCount(1);
  await a.ed.button('Undo').click();
  await expect(card).toHaveCount(0);
  await expect(dmz.getByLabel('Threat', { exact: true }).getByRole('option', { name: 'Tampered historian replication' })).toHaveCount(0);

  // The register shows the selected zone, but the diagram's Delete key does not remove it from here.
  await dmz.getByRole('button', { name: 'Show on diagram' }).focus();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(a.listRow('Industrial DMZ')).toHaveCount(1);
  await expect(dmz).toBeVisible();
});

test('the risk view, with a scenario, the override form and the risk method open, has no serious accessibility violation', async ({ page }) => {
  const a = await riverside(page);
  const cell = await a.openRegister('Reactor cell 1');
  const card = await a.addScenario(cell, 'Default or shared credentials');
  await a.rate(card, { consequence: { Production: 3 }, residualLikelihood: 2 });
  await a.suggestion(cell).getByRole('button', { name: 'Override…' }).click();
  await a.riskView.getByRole('button', { name: 'Risk method' }).click();
  const results = await new AxeBuilder({ page }).include('#view-risk').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
