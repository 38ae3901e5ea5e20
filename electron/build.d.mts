/** Bundles the main process and preload into `outdir` (default dist/electron). See build.mjs. */
export function buildElectron(options?: { readonly outdir?: string }): Promise<{ readonly main: string; readonly preload: string }>;
