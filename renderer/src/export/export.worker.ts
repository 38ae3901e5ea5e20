/**
 * The export worker: builds PDFs and SVGs off the main thread, so the editor stays responsive and
 * Cancel takes effect at once (the dialog terminates the worker). One job per worker.
 *
 * ELK's bundled build, once loaded, installs its own `self.onmessage` (it thinks it is an ELK
 * worker); this file listens with addEventListener and tags its messages, so both coexist.
 */
import { runJob } from './job';
import type { FromWorker, ToWorker } from './jobTypes';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
let cjkWaiter: ((bytes: Uint8Array | undefined) => void) | undefined;
let started = false;

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message !== 'object' || !('type' in message)) return;
  if (message.type === 'cjk') {
    cjkWaiter?.(message.bytes);
    cjkWaiter = undefined;
    return;
  }
  if (message.type !== 'run' || started) return;
  started = true;
  runJob(message.request, message.fonts, {
    progress: (step) => scope.postMessage({ zw: 1, type: 'progress', step }),
    cjkFont: () =>
      new Promise((resolve) => {
        cjkWaiter = resolve;
        scope.postMessage({ zw: 1, type: 'need-cjk' });
      }),
    checkpoint: () => Promise.resolve(),
  }).then(
    (result) => scope.postMessage({ zw: 1, type: 'done', result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []),
    (error: unknown) => scope.postMessage({ zw: 1, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

scope.postMessage({ zw: 1, type: 'ready' });
