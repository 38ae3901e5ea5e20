/**
 * Brings files of older format versions up to the current one, one version step at a time.
 * Version 1 is the first, so the registry is empty; each future bump adds `n: (v n) => v n+1`
 * with a test on a saved fixture file.
 */

/** A step from version `n` to `n + 1`, on raw JSON (before schema validation). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = {};

export type MigrationResult =
  | { readonly ok: true; readonly doc: Record<string, unknown>; readonly from: number }
  | { readonly ok: false; readonly message: string };

/** Applies the steps from the file's `version` up to `target`. Refuses files newer than `target`. */
export function migrate(
  raw: Record<string, unknown>,
  target: number,
  registry: MigrationRegistry = MIGRATIONS,
): MigrationResult {
  const from = raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return { ok: false, message: 'version: must be a whole number (the format version)' };
  }
  if (from > target) {
    return {
      ok: false,
      message: `version: this file uses format version ${from}, written by a newer Zonewright; this one reads versions up to ${target}. Update Zonewright to open it.`,
    };
  }
  let doc = raw;
  for (let v = from; v < target; v++) {
    const step = registry[v];
    if (!step) return { ok: false, message: `version: no migration from format version ${v} to ${v + 1}` };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, doc, from };
}
