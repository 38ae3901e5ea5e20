/** Where the Electron executable is, or why there is none; never downloads. See electronBinary.mjs. */
export type ElectronBinary =
  | { readonly found: true; readonly path: string; readonly version: string }
  | { readonly found: false; readonly reason: string; readonly version?: string };

export function locateElectronBinary(options?: {
  readonly packageDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}): ElectronBinary;
