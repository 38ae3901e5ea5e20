/**
 * The position of each id in a list of elements, built once per analysis to resolve the
 * document's references (a link's ends, a flow's assets) in bulk.
 *
 * Why not a Map: on a 50,000-asset plant a Map lookup costs a bucket, an entry and a key string
 * read at random places, and resolving 100,000 links then spends its time waiting on memory. Here
 * each slot's 32-bit hash and position sit in two typed arrays, half empty, so a lookup reads one
 * or two neighbouring slots and compares strings only when the hashes agree. Measured on the
 * generated 50k plant: 17 ms instead of 36 ms to index the assets and resolve every link end.
 */
export class IdIndex {
  private readonly mask: number;
  /** Per slot: the id's hash (FNV-1a over its UTF-16 code units). */
  private readonly hashes: Int32Array;
  /** Per slot: the id's position + 1, or 0 for an empty slot. */
  private readonly positions: Int32Array;
  private readonly ids: readonly string[];

  /** When an id occurs twice (never in a loaded document), the first position wins. */
  constructor(ids: readonly string[]) {
    let capacity = 8;
    while (capacity < ids.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.positions = new Int32Array(capacity);
    this.ids = ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const hash = hashOf(id);
      let slot = hash & this.mask;
      for (;;) {
        const at = this.positions[slot]!;
        if (at === 0) {
          this.hashes[slot] = hash;
          this.positions[slot] = i + 1;
          break;
        }
        if (this.hashes[slot] === hash && ids[at - 1] === id) break;
        slot = (slot + 1) & this.mask;
      }
    }
  }

  /** The position of `id` in the list, or -1. */
  indexOf(id: string): number {
    const hash = hashOf(id);
    let slot = hash & this.mask;
    for (;;) {
      const at = this.positions[slot]!;
      if (at === 0) return -1;
      if (this.hashes[slot] === hash && this.ids[at - 1] === id) return at - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a, 32 bits, over UTF-16 code units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
}
