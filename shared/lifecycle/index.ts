/** The 62443 lifecycle (issue 7): risk register and SL-T suggestion, ZCR workflow, phases, approval, revision comparison, and their edits. */
export * from './threats';
export * from './risk';
export * from './sha256';
export * from './approval';
export * from './dates';
export * from './workflow';
export * from './phases';
export * from './compare';
export * from './edits';
