// The layering rules of the architecture are enforced by lint: a wrong import fails `npm test`.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['shared/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/analysis/bad.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/model/bad.ts', "import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;"],
    ['shared/model/bad.ts', "import { x } from '../../renderer/src/store';\nexport const y = x;"],
    ['shared/model/bad.ts', "import { create } from 'zustand';\nexport const y = create;"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;"],
    ['renderer/src/bad.ts', "import { readFile } from 'node:fs/promises';\nexport const y = readFile;"],
    ['electron/main/bad.ts', "import { App } from '../../renderer/src/App';\nexport const y = App;"],
    ['cli/src/bad.ts', "import { app } from 'electron';\nexport const y = app;"],
  ])('refuses %s importing what its layer may not use', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/model/ok.ts', "import { z } from 'zod';\nexport const s = z.string();"],
    ['renderer/src/ok.ts', "import { analyze } from '../../shared';\nexport const a = analyze;"],
    ['cli/src/ok.ts', "import { readFileSync } from 'node:fs';\nimport { analyze } from '../../shared';\nexport const a = [analyze, readFileSync];"],
  ])('lets %s import what its layer may use', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
