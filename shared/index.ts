/** The public API of the pure core, for the renderer, the CLI and the tests. */
export * from './model/securityLevels';
export * from './model/kinds';
export * from './model/document';
export * from './model/schema';
export * from './model/load';
export * from './model/migrations';
export * from './model/serialize';
export * from './catalog/requirements';
export * from './analysis/types';
export * from './analysis/analyze';
export type { Rule, RuleHit } from './analysis/rule';
export { RULES } from './analysis/rules';
export * from './platform/api';
export * from './platform/commands';
export * from './format/table';
export * from './format/requirementList';
export * from './format/sarif';
export * from './platform/ipc';
