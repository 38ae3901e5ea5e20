// `npm run bench`: analysis cost on generated plants, printed next to JSON.parse of the same file.
// Targets (issue 2): 10,000 assets under 100 ms; 50,000 no more than 5.5× the 10,000 time;
// analysis no more than twice JSON.parse of the same file.
import { analyze } from '../shared/analysis/analyze';
import type { AnalysisResult } from '../shared/analysis/types';
import { loadDocumentText } from '../shared/model/load';
import { serializeDocument } from '../shared/model/serialize';
import { generatePlant } from '../shared/testing/generatePlant';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * `runs` timed calls, after a full GC (so no garbage of another series is left) and ~200 ms of
 * warm-up calls (so the JIT has optimised and the young generation has grown back from the forced
 * GC, which would otherwise slow the first timed call). Calls run back to back, so each pays the
 * garbage collection its own series causes.
 */
function time(runs: number, fn: () => unknown): number[] {
  gc();
  const warmUntil = performance.now() + 200;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * A control for the growth target: analyze's own result rebuilt from a finished one, object by
 * object (the same findings, rows and gaps, each a fresh object), with no analysis at all. Its
 * growth from 10k to 50k is what this runtime adds to building such a result: at 10k it fits V8's
 * young generation and dies there, at 50k it is copied and promoted while it is being built, and
 * its arrays, over 16k elements, live in the old generation, where each store of a new object
 * takes the write barrier's slow path.
 */
function rebuildResult(r: AnalysisResult): unknown {
  return {
    findings: r.findings.map((f) => ({ ...f, subjects: [...f.subjects] })),
    zones: r.requirements.zones.map((z) => ({ ...z })),
    conduits: r.requirements.conduits.map((c) => ({ ...c })),
    assets: r.requirements.assets.map((a) => ({ ...a })),
    gaps: r.gaps.map((g) => ({ ...g })),
  };
}

// The machine is shared: every size's analyze and JSON.parse are timed in each of several rounds,
// so that a busy spell weighs on all sizes alike (the growth target compares two of them), and the
// medians pool every round.
const ROUNDS = 5;
const sizes = [1_000, 10_000, 50_000];
interface Row {
  assets: number;
  zones: number;
  conduits: number;
  links: number;
  mb: number;
  parse: number;
  parseMin: number;
  load: number;
  analyze: number;
  analyzeMin: number;
  findings: number;
  runs: number;
  control: number;
}
const plants = sizes.map((n) => {
  const doc = generatePlant({ assets: n });
  return { n, doc, text: serializeDocument(doc), runs: n >= 50_000 ? 3 : 7, findings: 0, analysis: [] as number[], parse: [] as number[], control: [] as number[] };
});
for (let round = 0; round < ROUNDS; round++) {
  for (const p of plants) {
    p.analysis.push(...time(p.runs, () => (p.findings = analyze(p.doc).findings.length)));
    p.parse.push(...time(p.runs, () => JSON.parse(p.text)));
    // The finished result is dropped before the next series, so that no series runs with it alive.
    const finished = analyze(p.doc);
    p.control.push(...time(p.runs, () => rebuildResult(finished)));
  }
}
const rows: Row[] = plants.map(({ n, doc, text, runs, findings, analysis, parse, control }) => ({
  assets: n,
  zones: doc.zones.length,
  conduits: doc.conduits.length,
  links: doc.links.length,
  mb: text.length / 1e6,
  parse: median(parse),
  parseMin: Math.min(...parse),
  load: median(time(Math.min(runs, 5), () => loadDocumentText(text))),
  analyze: median(analysis),
  analyzeMin: Math.min(...analysis),
  findings,
  runs: analysis.length,
  control: median(control),
}));

const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);
console.log(
  `analyze() on generated plants: median (and fastest) of ${rows.map((r) => r.runs).join('/')} runs in ${ROUNDS} alternating rounds after warm-up, Node ${process.version}${(globalThis as { gc?: unknown }).gc ? ', full GC before each series' : ''}`,
);
console.log('  assets   zones  conduits   links    file   JSON.parse  (fastest)  load+validate    analyze  (fastest)  analyze/parse  findings');
for (const r of rows) {
  console.log(
    `${String(r.assets).padStart(8)} ${String(r.zones).padStart(7)} ${String(r.conduits).padStart(9)} ${String(r.links).padStart(7)} ${(r.mb.toFixed(1) + ' MB').padStart(8)} ${fmt(r.parse)} ${fmt(r.parseMin)}  ${fmt(r.load)}     ${fmt(r.analyze)} ${fmt(r.analyzeMin)}  ${(r.analyze / r.parse).toFixed(2).padStart(10)}×  ${String(r.findings).padStart(8)}`,
  );
}
const at = (n: number) => rows.find((r) => r.assets === n)!;
const growth = at(50_000).analyze / at(10_000).analyze;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
console.log('');
console.log(`target: 10,000 assets under 100 ms .......... ${fmt(at(10_000).analyze).trim()}  ${verdict(at(10_000).analyze < 100)}`);
console.log(`target: 50,000 ≤ 5.5 × 10,000 ............... ${growth.toFixed(2)}×  ${verdict(growth <= 5.5)}`);
// JSON.parse is linear work too: how much it grows between the same files shows what the machine's
// caches and garbage collector add at 50k in this run.
console.log(`  (JSON.parse of the same files grew ${(at(50_000).parse / at(10_000).parse).toFixed(2)}× in this run;`);
console.log(`   the control, analyze's result rebuilt without analysis, ${at(10_000).control.toFixed(2)} → ${at(50_000).control.toFixed(2)} ms, grew ${(at(50_000).control / at(10_000).control).toFixed(2)}×)`);
for (const r of rows) console.log(`target: analyze ≤ 2 × JSON.parse at ${String(r.assets).padStart(6)} ... ${(r.analyze / r.parse).toFixed(2)}×  ${verdict(r.analyze <= 2 * r.parse)}`);
