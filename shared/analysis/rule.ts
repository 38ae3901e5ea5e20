/** The shape of one segmentation rule: its fixed facts, and a check that reports findings. */
import type { ElementId } from '../model/document';
import type { AnalysisContext } from './context';
import type { Severity } from './types';

export interface RuleHit {
  readonly subjects: readonly ElementId[];
  readonly message: string;
  /** A remedy more specific than the rule's own, when the case calls for one. */
  readonly remedy?: string;
}

export interface Rule {
  /** Stable id, kebab-case, never renamed once released. */
  readonly id: string;
  readonly severity: Severity;
  /** Short title for lists and the reference panel. */
  readonly title: string;
  /** The 62443 clause the rule rests on, e.g. `IEC 62443-3-3 SR 5.1`. */
  readonly clause: string;
  /** Why the rule matters, in our words, citing the clause. */
  readonly rationale: string;
  /** The usual fix. */
  readonly remedy: string;
  /** Reports every hit in document order. Must be linear in the size of the model. */
  check(ctx: AnalysisContext, report: (hit: RuleHit) => void): void;
}
