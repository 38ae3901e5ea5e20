/**
 * Screenshots of the Assess views for the README (docs/screenshots/workflow.png and
 * risk-register.png). Runs only with UPDATE_SCREENSHOTS=1:
 *   UPDATE_SCREENSHOTS=1 npx playwright test screenshots-assess
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Assess } from './assessSupport';
import { Editor } from './support';
import { SCREENSHOTS, screenshotSpec, settle } from './screenshotSupport';

screenshotSpec();

/** The reference plant with a risk assessment under way: three registers, two decisions. */
async function plantWithRisk(page: Page): Promise<Assess> {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const a = new Assess(ed);

  const dmz = await a.openRegister('Industrial DMZ');
  const ransomware = await a.addScenario(dmz, 'Ransomware spreading from IT');
  await a.rate(ransomware, { likelihood: 4, consequence: { Production: 4, Finance: 4 } });
  await a.acceptSuggestion(dmz);

  const ops = await a.openRegister('Site operations');
  const remote = await a.addScenario(ops, 'Remote-access compromise');
  await a.rate(remote, { likelihood: 3, consequence: { Production: 3, Reputation: 3 } });
  const ops2 = a.suggestion(ops);
  await ops2.getByLabel('Decided by').fill('R. Okafor');
  await ops2.getByRole('button', { name: 'Override…' }).click();
  await ops2.getByLabel('Override SL-T FR5 RDF').selectOption('3');
  await ops2.getByLabel('Reason for the override (required)').fill('Site operations hosts the patch server for every cell: keep data flows restricted as for the DMZ.');
  await ops2.getByRole('button', { name: 'Record override' }).click();

  const cell = await a.openRegister('Reactor cell 1');
  const scenarios: [string, Parameters<Assess['rate']>[1]][] = [
    ['Remote-access compromise', { likelihood: 4, consequence: { 'Health and safety': 4, Production: 5, Finance: 4 }, residualLikelihood: 2 }],
    ['Unauthorized change of control logic', { likelihood: 2, consequence: { 'Health and safety': 5, Environment: 4, Production: 4 }, residualLikelihood: 1 }],
    ['Rogue device on the control network', { likelihood: 3, consequence: { Production: 3 } }],
    ['Commands over unauthenticated industrial protocols', { likelihood: 3, consequence: { 'Health and safety': 4, Production: 4 } }],
  ];
  for (const [threat, rating] of scenarios) {
    const card = await a.addScenario(cell, threat);
    await a.rate(card, rating);
    await card.locator('.risk-scenario-toggle').click();
  }
  return a;
}

test('risk register of a control zone', async ({ page }) => {
  test.setTimeout(120_000);
  const a = await plantWithRisk(page);
  const cell = a.register('Reactor cell 1');
  const remote = a.scenario(cell, 'Remote-access compromise');
  await a.expand(remote);
  await remote.getByLabel('Existing countermeasures').fill('Vendor sessions only through the jump host in the DMZ, with MFA and session recording.');
  await remote.getByLabel('Existing countermeasures').blur();
  await remote.getByLabel('Vulnerabilities').fill('Shared vendor account; VPN appliance two releases behind.');
  await remote.getByLabel('Vulnerabilities').blur();
  await expect(a.suggested(cell, 'IAC')).toHaveText(/^4/);
  await a.riskView.evaluate((e) => e.closest('.view-area')?.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'risk-register.png') });
});

test('ZCR workflow with the risk assessment under way and an approval', async ({ page }) => {
  test.setTimeout(120_000);
  const a = await plantWithRisk(page);
  await a.showView('Workflow');
  const zcr1 = a.step('ZCR 1');
  await zcr1.getByLabel('Scope').fill('The production site at Riverside: enterprise link, industrial DMZ, operations, two process cells and the SIS. Corporate IT beyond the enterprise firewall is out of scope.');
  await zcr1.getByLabel('Scope').blur();
  await a.approve('M. Lindqvist', 'Asset owner, site manager');
  await expect(a.approvalBadge).toHaveText('Approved');
  // Fold what is done, so that the open steps fill the picture.
  await zcr1.getByRole('button', { name: 'Fold ZCR 1' }).click();
  await a.workflowView.evaluate((e) => e.closest('.view-area')?.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'workflow.png') });
});

