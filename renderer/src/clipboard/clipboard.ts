/**
 * Copy and paste between windows and tabs. A copy goes to the system clipboard (through the
 * copy event's clipboardData when there is one, else `navigator.clipboard.writeText`) and to
 * localStorage; other tabs learn of it through the `storage` event. A paste takes the newest
 * valid payload of the system clipboard (the paste event's data, or `readText` where reading is
 * allowed) and localStorage, so it works where clipboard reading is denied (the desktop shell).
 */
import { CLIP_TYPE, parseClip, serializeClip, type ClipPayload } from './clip';

export const CLIP_STORAGE_KEY = 'zonewright.clipboard';
const READ_TIMEOUT_MS = 1000;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Writes a payload; resolves when done (failures of one channel are not errors while another works). */
export async function writeClip(payload: ClipPayload, event?: ClipboardEvent): Promise<void> {
  const text = serializeClip(payload);
  try {
    storage()?.setItem(CLIP_STORAGE_KEY, text);
  } catch {
    // Quota exceeded: the system clipboard still carries it.
  }
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData(CLIP_TYPE, text);
    event.preventDefault();
    return;
  }
  try {
    await navigator.clipboard?.writeText(text);
  } catch {
    // Not allowed here (no focus, no permission): localStorage carries it.
  }
}

async function readSystemClipboard(): Promise<string | undefined> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.readText) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      navigator.clipboard.readText(),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), READ_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return undefined;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The payload of the last copy in storage (this tab or another), if any. */
export function storedClip(): ClipPayload | undefined {
  try {
    return parseClip(storage()?.getItem(CLIP_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** The newest Zonewright payload available, or undefined when there is none. */
export async function readClip(event?: ClipboardEvent): Promise<ClipPayload | undefined> {
  const system = event?.clipboardData
    ? parseClip(event.clipboardData.getData(CLIP_TYPE) || event.clipboardData.getData('text/plain'))
    : parseClip(await readSystemClipboard());
  const stored = storedClip();
  if (!system) return stored;
  if (!stored) return system;
  return stored.copiedAt > system.copiedAt ? stored : system;
}

/** Calls `listener` when another tab or window copies elements; returns the unsubscribe function. */
export function onClipFromElsewhere(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === CLIP_STORAGE_KEY && e.newValue) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
