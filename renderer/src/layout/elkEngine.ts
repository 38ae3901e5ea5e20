/**
 * ELK for the editor's Auto layout, in a web worker (ELK's own worker script, served from the
 * app's files) so that a large plant lays out without freezing the page. Where a worker cannot
 * start (a stricter shell, a test environment), ELK's bundled build runs on the page instead.
 */
import ElkConstructor, { type ELK } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkEngine } from '../../../shared/layout';

type Layout = ElkEngine['layout'];

let worker: { elk: ELK; failed: Promise<never> } | undefined;
let workerBroken = typeof Worker === 'undefined';
let inPage: ElkEngine | undefined;

function startWorker(): { elk: ELK; failed: Promise<never> } {
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Keeps an unobserved rejection from being reported while no layout is waiting on it.
  failed.catch(() => {});
  const elk = new ElkConstructor({
    workerFactory: () => {
      const w = new Worker(elkWorkerUrl, { name: 'zonewright-layout' });
      w.addEventListener('error', (e) => fail(new Error(e.message || 'the layout worker failed')));
      return w;
    },
  });
  return { elk, failed };
}

async function pageElk(): Promise<ElkEngine> {
  if (!inPage) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    inPage = new ELK();
  }
  return inPage;
}

const layout: Layout = async (graph, args) => {
  if (!workerBroken) {
    try {
      worker ??= startWorker();
      return await Promise.race([worker.elk.layout(graph, args), worker.failed]);
    } catch (error) {
      console.warn('Layout worker unavailable; laying out on the page', error);
      workerBroken = true;
      worker?.elk.terminateWorker();
      worker = undefined;
    }
  }
  return (await pageElk()).layout(graph, args);
};

/** The ELK instance Auto layout hands to `relayoutDocument`. */
export const elkEngine: ElkEngine = { layout };
