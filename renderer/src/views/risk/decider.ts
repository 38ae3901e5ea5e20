/**
 * Who records SL-T decisions in this browser: remembered between sessions so that accepting a
 * suggestion is one click, and never guessed (a decision without a name is refused by the core).
 */
const KEY = 'zonewright.decidedBy';

export function storedDecider(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeDecider(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
  } catch {
    // Not remembered: the field still holds it for this session.
  }
}
