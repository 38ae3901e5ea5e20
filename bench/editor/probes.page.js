// Page-side probes of the editor benchmark, injected before the app's own scripts (through the
// DevTools protocol, so the page's Content-Security-Policy is untouched). Plain JavaScript on
// purpose: this text runs in the page as it is, with no build step.
/* global window, document, requestAnimationFrame, MutationObserver, HTMLInputElement */
(() => {
  /** [start, end] of every task over 50 ms (the Long Tasks API). */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: "interactive" falls back to the first painted frame.
  }
  /**
   * Event Timing entries (the browser's own input-to-next-paint figures, as INP uses): for each
   * input event, when its handlers ran and when the frame after them was presented on screen.
   */
  const eventEntries = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) eventEntries.push({ name: e.name, startTime: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing API: edits are timed by the frame probe alone.
  }
  let fileChosenAt = NaN;
  let inputAt = NaN;
  // When the user's action reached the page: the event's own time stamp (it includes any wait in
  // the input queue). Capture phase on window, so nothing in the app can hide it.
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') fileChosenAt = e.timeStamp;
    },
    true,
  );
  const onInput = (e) => {
    inputAt = e.timeStamp;
  };
  window.addEventListener('pointerup', onInput, true);
  window.addEventListener('keydown', onInput, true);

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  /**
   * The time when the next frame has been rendered: a task queued from inside the frame's
   * animation callback runs once that frame's style, layout and paint are done.
   */
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const findingsText = () => document.querySelector('[aria-label="Findings"]')?.textContent ?? '';
  const zoomOf = () => {
    const t = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
    const m = /scale\(([\d.e+-]+)\)/.exec(t);
    return m ? Number(m[1]) : NaN;
  };

  /** The end of the last long task after `since`, once none has run for `quietMs`. */
  async function quietAfter(since, quietMs, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      let last = since;
      for (const [, end] of longTasks) if (end > last) last = end;
      if (performance.now() - last >= quietMs || performance.now() > deadline) return last;
      await sleep(25);
    }
  }

  /**
   * Resolves when the Findings panel's text next changes: the time of the DOM change, and of the
   * start of the frame that paints it; null after `timeoutMs` without a change.
   */
  function nextFindingsChange(timeoutMs) {
    const before = findingsText();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (findingsText() === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const changedAt = performance.now();
        afterNextPaint().then((paintedAt) => resolve({ changedAt, paintedAt }));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, timeoutMs);
    });
  }

  let armed = null;
  let nodesPainted = null;
  let frames = null;

  window.__zwBench = {
    zoom: zoomOf,
    /** Arms the findings watch for the open that is about to happen. */
    armOpen(timeoutMs, name) {
      fileChosenAt = NaN;
      armed = nextFindingsChange(timeoutMs);
      const deadline = performance.now() + timeoutMs;
      const shown = () => document.querySelector('.doc-name')?.textContent === name && document.querySelector('.react-flow__node-asset');
      nodesPainted = new Promise((resolve, reject) => {
        const check = () => {
          if (shown()) afterNextPaint().then(resolve);
          else if (performance.now() > deadline) reject(new Error(`the project did not open within ${timeoutMs} ms`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    /**
     * After a file was chosen: when the project's nodes were first painted, when the findings
     * showed, and when the page became interactive (the first painted frame, or the end of the
     * last long task before `quietMs` without one, whichever is later). Times from the file choice.
     */
    async waitOpen({ quietMs, timeoutMs }) {
      const painted = await nodesPainted;
      const findings = await armed;
      const interactive = await quietAfter(painted, quietMs, timeoutMs);
      const t0 = fileChosenAt;
      const tasks = longTasks.filter(([start]) => start >= t0);
      return {
        painted: painted - t0,
        findings: findings ? findings.paintedAt - t0 : NaN,
        interactive: Math.max(painted, interactive) - t0,
        longTasks: tasks.length,
        longestTask: tasks.reduce((m, [s, e]) => Math.max(m, e - s), 0),
        zoom: zoomOf(),
      };
    },
    /** Arms the watch for the findings change that the next edit (pointer up or key) causes. */
    armEdit(timeoutMs) {
      inputAt = NaN;
      armed = nextFindingsChange(timeoutMs);
    },
    /**
     * From the input event to the findings change: `dom` when the panel's text changed; `probe`
     * when a task queued from the next frame's animation callback ran (after that frame was
     * drawn, but also after any task the browser runs first: a hover update, React's scheduler);
     * `presented` when the frame showing the change was presented, per Event Timing, when the
     * change was made while the input event was handled (else `probe`). NaNs when nothing changed.
     */
    async editResult() {
      const r = await armed;
      if (!r) return { dom: NaN, probe: NaN, presented: NaN, source: 'none' };
      const at = inputAt;
      const handled = () => eventEntries.find((e) => Math.abs(e.startTime - at) < 0.5 && e.processingStart <= r.changedAt && r.changedAt <= e.processingEnd);
      // Entries are reported once their frame is presented; an event under 16 ms has none.
      const deadline = performance.now() + 1000;
      while (!handled() && performance.now() < deadline) await sleep(20);
      const entry = handled();
      const probe = r.paintedAt - at;
      return entry
        ? { dom: r.changedAt - at, probe, presented: entry.startTime + entry.duration - at, source: 'event-timing' }
        : { dom: r.changedAt - at, probe, presented: probe, source: 'probe' };
    },
    /** Starts recording the time between animation frames. */
    startFrames() {
      frames = [];
      let last = performance.now();
      const record = (t) => {
        if (!frames) return;
        frames.push(t - last);
        last = t;
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    },
    stopFrames() {
      const out = frames ?? [];
      frames = null;
      return out;
    },
    /** Waits until no long task has run for `quietMs`. */
    async settle(quietMs, timeoutMs) {
      await quietAfter(performance.now(), quietMs, timeoutMs);
    },
  };
})();
