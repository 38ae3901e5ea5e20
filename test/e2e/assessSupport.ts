/** Driver for the Assess views (risk register, ZCR workflow), on top of `Editor`. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Editor } from './support';

export interface Rating {
  readonly likelihood?: number;
  /** Consequence per category label, e.g. `{ 'Health and safety': 4 }`. */
  readonly consequence?: Readonly<Record<string, number>>;
  readonly residualLikelihood?: number;
}

export class Assess {
  constructor(readonly ed: Editor) {}

  get page(): Page {
    return this.ed.page;
  }

  /** Switches views through the tab strip. */
  async showView(name: 'Diagram' | 'Workflow' | 'Risk'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true }).click();
  }

  get riskView(): Locator {
    return this.page.locator('#view-risk');
  }

  get workflowView(): Locator {
    return this.page.locator('#view-workflow');
  }

  /** Opens the risk view on the register of a zone or conduit. */
  async openRegister(name: string): Promise<Locator> {
    await this.showView('Risk');
    await this.riskView.getByRole('navigation', { name: 'Risk registers' }).getByRole('button', { name, exact: true }).click();
    const register = this.register(name);
    await expect(register).toBeVisible();
    return register;
  }

  /** The register section of a zone or conduit (shown while it is selected). */
  register(name: string): Locator {
    return this.riskView.getByRole('region', { name, exact: true });
  }

  /** The list row of a zone or conduit. */
  listRow(name: string): Locator {
    return this.riskView.getByRole('navigation', { name: 'Risk registers' }).getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Adds a scenario for a threat of the library (or a custom one) by its title. */
  async addScenario(register: Locator, threat: string): Promise<Locator> {
    await register.getByLabel('Threat', { exact: true }).selectOption({ label: threat });
    await register.getByRole('button', { name: 'Add scenario' }).click();
    const card = this.scenario(register, threat);
    await expect(card).toBeVisible();
    return card;
  }

  scenario(register: Locator, threat: string): Locator {
    return register.getByRole('article', { name: threat, exact: true });
  }

  /** Opens a scenario's editor when it is closed. */
  async expand(card: Locator): Promise<void> {
    const toggle = card.locator('.risk-scenario-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async rate(card: Locator, rating: Rating): Promise<void> {
    await this.expand(card);
    if (rating.likelihood !== undefined) await card.getByRole('combobox', { name: 'Likelihood', exact: true }).selectOption(String(rating.likelihood));
    for (const [category, value] of Object.entries(rating.consequence ?? {})) {
      await card.getByRole('combobox', { name: `Consequence: ${category}`, exact: true }).selectOption(String(value));
    }
    if (rating.residualLikelihood !== undefined) {
      await card.getByRole('combobox', { name: 'Residual likelihood', exact: true }).selectOption(String(rating.residualLikelihood));
    }
  }

  /** The SL-T suggestion card of a register. */
  suggestion(register: Locator): Locator {
    return register.getByRole('region', { name: 'SL-T from the risk register' });
  }

  /** The suggested level of an FR (`IAC` …) in the suggestion card. */
  suggested(register: Locator, fr: string): Locator {
    return this.suggestion(register).locator(`td.risk-slt-suggested[data-fr="${fr}"]`);
  }

  current(register: Locator, fr: string): Locator {
    return this.suggestion(register).locator(`td.risk-slt-current[data-fr="${fr}"]`);
  }

  async acceptSuggestion(register: Locator, by = 'R. Okafor'): Promise<void> {
    const card = this.suggestion(register);
    await card.getByLabel('Decided by').fill(by);
    await card.getByRole('button', { name: 'Accept suggestion' }).click();
  }

  /** A step of the workflow view, `ZCR 7`. */
  step(id: string): Locator {
    return this.workflowView.getByRole('region', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
  }

  /** The status pill of a step's header. */
  stepStatus(id: string): Locator {
    return this.step(id).locator('.wf-step-head .wf-status');
  }

  /** The sub-step row (ZCR 3.2 …) inside its step. */
  subStep(id: string): Locator {
    return this.workflowView.locator('.wf-sub').filter({ has: this.page.locator('.wf-sub-id', { hasText: new RegExp(`^${id.replace('.', '\\.')}$`) }) });
  }

  /** The toolbar's approval badge. */
  get approvalBadge(): Locator {
    return this.page.getByRole('banner').locator('.approval-badge');
  }

  /** Fills the approval form of ZCR 7 and approves. */
  async approve(by: string, role: string, note?: string): Promise<void> {
    const form = this.step('ZCR 7').getByRole('form', { name: 'Approve' });
    await form.getByLabel('Approved by').fill(by);
    await form.getByLabel('Role').fill(role);
    if (note) await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Approve', exact: true }).click();
  }
}
