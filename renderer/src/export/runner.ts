/**
 * Runs one export job: in a Web Worker (so the editor stays responsive and Cancel stops the work
 * at once by terminating it), or, when no worker can start, on the main thread in steps with the
 * cancel checked between them. Fonts are loaded here, on the main thread (cached for the next
 * export and for the canvas); the CJK font only when the job says the document needs it, and a
 * failure to load it is a warning, never the end of the export.
 */
import { FontLoadError, loadFont, raceAbort } from './fonts';
import type { FromWorker, JobFonts, JobRequest, JobResult, JobStep, ToWorker } from './jobTypes';

export interface JobCallbacks {
  readonly signal: AbortSignal;
  onProgress?(step: JobStep): void;
  /** Something went wrong that the export works around (it still completes). */
  onWarning?(message: string): void;
}

/** The CJK font's warning, worded for the dialog. */
export function cjkWarning(reason: string): string {
  return `Chinese, Japanese and Korean characters are printed as “�”: ${reason}.`;
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Set once a worker failed to start here: later jobs go straight to the main thread. */
let workersUnavailable = false;

async function cjkFor(callbacks: JobCallbacks): Promise<Uint8Array | undefined> {
  try {
    return await loadFont('cjk', callbacks.signal);
  } catch (error) {
    if (isAbort(error)) throw error;
    callbacks.onWarning?.(cjkWarning(error instanceof FontLoadError ? error.message : `could not load the CJK font: ${String(error)}`));
    return undefined;
  }
}

/** The two fonts every PDF and SVG needs; without them there is no export to make. */
async function mainFonts(signal: AbortSignal): Promise<JobFonts> {
  const [regular, bold] = await Promise.all([loadFont('regular', signal), loadFont('bold', signal)]);
  return { regular, bold };
}

export async function runExportJob(request: JobRequest, callbacks: JobCallbacks): Promise<JobResult> {
  const { signal } = callbacks;
  if (signal.aborted) throw abortError();
  callbacks.onProgress?.('start');
  const fonts = await mainFonts(signal);
  if (!workersUnavailable) {
    try {
      return await inWorker(request, fonts, callbacks);
    } catch (error) {
      if (!(error instanceof WorkerStartError)) throw error;
      workersUnavailable = true;
    }
  }
  return inThisThread(request, fonts, callbacks);
}

class WorkerStartError extends Error {}

function inWorker(request: JobRequest, fonts: JobFonts, callbacks: JobCallbacks): Promise<JobResult> {
  const { signal } = callbacks;
  return new Promise<JobResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'zonewright-export' });
    } catch (error) {
      reject(new WorkerStartError(String(error)));
      return;
    }
    let ready = false;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(abortError()));
    signal.addEventListener('abort', onAbort, { once: true });
    const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = event.message || 'the export worker stopped';
      finish(() => reject(ready ? new Error(message) : new WorkerStartError(message)));
    });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (!message || message.zw !== 1 || settled) return;
      switch (message.type) {
        case 'ready':
          ready = true;
          // Copies: the cached fonts stay usable for the next export.
          post({ type: 'run', request, fonts });
          break;
        case 'progress':
          callbacks.onProgress?.(message.step);
          break;
        case 'need-cjk':
          void cjkFor(callbacks).then(
            (bytes) => !settled && post(bytes ? { type: 'cjk', bytes } : { type: 'cjk', error: 'not loaded' }),
            () => undefined,
          );
          break;
        case 'done':
          finish(() => resolve(message.result));
          break;
        case 'failed':
          finish(() => reject(new Error(message.message)));
          break;
      }
    });
  });
}

/** Lets the browser paint and handle a click (Cancel) between steps. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function inThisThread(request: JobRequest, fonts: JobFonts, callbacks: JobCallbacks): Promise<JobResult> {
  const { signal } = callbacks;
  const { runJob } = await raceAbort(import('./job'), signal);
  return runJob(request, fonts, {
    progress: (step) => callbacks.onProgress?.(step),
    cjkFont: () => cjkFor(callbacks),
    checkpoint: async () => {
      await nextTask();
      if (signal.aborted) throw abortError();
    },
  });
}

// ------------------------------------------------------------------------------ shared jobs

/**
 * The preview and the export ask for the same build (page 1 is drawn from the very file that
 * will be saved), so a job is shared: a later request for the same document and options joins
 * the one under way or takes its result. A job stops only when everyone waiting for it has
 * cancelled. The last few results are kept (documents are immutable, so identity is the key).
 */
interface SharedEntry {
  readonly doc: JobRequest['doc'];
  readonly key: string;
  readonly controller: AbortController;
  readonly promise: Promise<JobResult>;
  readonly listeners: Set<Pick<JobCallbacks, 'onProgress' | 'onWarning'>>;
  readonly warnings: string[];
  lastStep: JobStep | undefined;
  waiting: number;
  settled: boolean;
}

const KEEP = 4;
let shared: SharedEntry[] = [];

function jobKey(request: JobRequest): string {
  const { doc: _doc, date: _date, ...rest } = request;
  // The printed date is the day: a result from earlier today is as good as a new one.
  return JSON.stringify({ ...rest, day: new Date(request.date).toDateString() });
}

function forget(entry: SharedEntry): void {
  shared = shared.filter((e) => e !== entry);
}

export function runSharedJob(request: JobRequest, callbacks: JobCallbacks): Promise<JobResult> {
  const { signal } = callbacks;
  if (signal.aborted) return Promise.reject(abortError());
  const key = jobKey(request);
  let entry = shared.find((e) => e.doc === request.doc && e.key === key);
  if (!entry) {
    const controller = new AbortController();
    const listeners = new Set<Pick<JobCallbacks, 'onProgress' | 'onWarning'>>();
    const warnings: string[] = [];
    const created: SharedEntry = {
      doc: request.doc,
      key,
      controller,
      listeners,
      warnings,
      lastStep: undefined,
      waiting: 0,
      settled: false,
      // Started a microtask later: the job reports its first step at once, to this entry.
      promise: Promise.resolve().then(() =>
        runExportJob(request, {
          signal: controller.signal,
          onProgress: (step) => {
            created.lastStep = step;
            for (const l of listeners) l.onProgress?.(step);
          },
          onWarning: (message) => {
            warnings.push(message);
            for (const l of listeners) l.onWarning?.(message);
          },
        }),
      ),
    };
    created.promise.then(
      () => {
        created.settled = true;
        // Keep the newest few results.
        const done = shared.filter((e) => e.settled);
        if (done.length > KEEP) forget(done[0]!);
      },
      () => {
        created.settled = true;
        forget(created);
      },
    );
    shared.push(created);
    entry = created;
  }
  const job = entry;
  // A late joiner hears what happened so far.
  if (job.lastStep && !job.settled) callbacks.onProgress?.(job.lastStep);
  for (const w of job.warnings) callbacks.onWarning?.(w);
  const listener = { onProgress: callbacks.onProgress, onWarning: callbacks.onWarning };
  job.listeners.add(listener);
  job.waiting++;
  return new Promise<JobResult>((resolve, reject) => {
    const leave = () => {
      job.listeners.delete(listener);
      job.waiting--;
    };
    const onAbort = () => {
      leave();
      if (job.waiting === 0 && !job.settled) {
        job.controller.abort();
        forget(job);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    job.promise.then(
      (result) => {
        if (signal.aborted) return;
        signal.removeEventListener('abort', onAbort);
        leave();
        resolve(result);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        signal.removeEventListener('abort', onAbort);
        leave();
        reject(error instanceof Error || error instanceof DOMException ? error : new Error(String(error)));
      },
    );
  });
}
