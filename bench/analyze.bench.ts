// `npm run bench`: analysis cost on generated plants, printed next to JSON.parse of the same file.
// Targets (issue 2): 10,000 assets under 100 ms; 50,000 no more than 5.5× the 10,000 time;
// analysis no more than twice JSON.parse of the same file.
import { analyze } from '../shared/analysis/analyze';
import { loadDocumentText } from '../shared/model/load';
import { serializeDocument } from '../shared/model/serialize';
import { generatePlant } from '../shared/testing/generatePlant';

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * `runs` timed calls, after a full GC (so no garbage of another series is left) and ~300 ms of
 * warm-up calls (so the JIT has optimised and the young generation has grown back from the forced
 * GC, which would otherwise slow the first timed call). Calls run back to back, so each pays the
 * garbage collection its own series causes.
 */
function time(runs: number, fn: () => unknown): number[] {
  gc();
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

// The machine is shared: analyze and JSON.parse are timed in alternating rounds, so that a busy
// spell weighs on both alike, and the medians pool every round.
const ROUNDS = 3;
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
}
const rows: Row[] = [];
for (const n of sizes) {
  const doc = generatePlant({ assets: n });
  const text = serializeDocument(doc);
  const runs = n >= 50_000 ? 5 : 11;
  let findings = 0;
  const analysis: number[] = [];
  const parse: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    analysis.push(...time(runs, () => (findings = analyze(doc).findings.length)));
    parse.push(...time(runs, () => JSON.parse(text)));
  }
  const load = median(time(Math.min(runs, 7), () => loadDocumentText(text)));
  rows.push({
    assets: n,
    zones: doc.zones.length,
    conduits: doc.conduits.length,
    links: doc.links.length,
    mb: text.length / 1e6,
    parse: median(parse),
    parseMin: Math.min(...parse),
    load,
    analyze: median(analysis),
    analyzeMin: Math.min(...analysis),
    findings,
    runs: analysis.length,
  });
}

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
for (const r of rows) console.log(`target: analyze ≤ 2 × JSON.parse at ${String(r.assets).padStart(6)} ... ${(r.analyze / r.parse).toFixed(2)}×  ${verdict(r.analyze <= 2 * r.parse)}`);
