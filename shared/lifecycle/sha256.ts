/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, so that the analysis (which is
 * synchronous) can tell whether an approval still matches the document. Web Crypto's
 * `crypto.subtle.digest` is async only, and `shared/` may not use `node:crypto`.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as `TextEncoder` does. */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >>> 18);
        out[n++] = 0x80 | ((c >>> 12) & 0x3f);
        out[n++] = 0x80 | ((c >>> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >>> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >>> 12);
      out[n++] = 0x80 | ((c >>> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, n);
}

const W = new Int32Array(64);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
/** Scratch state and block, reused by every call (hashing is synchronous, so calls never overlap). */
const STATE = new Int32Array(8);
const BLOCK = new Uint8Array(64);

/** One 64-byte block of `bytes` at `off` into `h`. */
function compress(h: Int32Array, bytes: Uint8Array, off: number): void {
  for (let t = 0; t < 16; t++, off += 4) {
    W[t] = (bytes[off]! << 24) | (bytes[off + 1]! << 16) | (bytes[off + 2]! << 8) | bytes[off + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const a = W[t - 15]!;
    const b = W[t - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + S0 + maj) | 0;
  }
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0;
  h[5] = (h[5]! + f) | 0;
  h[6] = (h[6]! + g) | 0;
  h[7] = (h[7]! + hh) | 0;
}

/** Pads the last block with the length, compresses it, and writes the digest. */
function finish(h: Int32Array, block: Uint8Array, used: number, length: number): Uint8Array {
  block[used++] = 0x80;
  if (used > 56) {
    block.fill(0, used);
    compress(h, block, 0);
    used = 0;
  }
  block.fill(0, used, 56);
  const hi = Math.floor(length / 0x20000000);
  const lo = (length << 3) >>> 0;
  block[56] = hi >>> 24;
  block[57] = hi >>> 16;
  block[58] = hi >>> 8;
  block[59] = hi;
  block[60] = lo >>> 24;
  block[61] = lo >>> 16;
  block[62] = lo >>> 8;
  block[63] = lo;
  compress(h, block, 0);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = h[i]!;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = v >>> 16;
    out[i * 4 + 2] = v >>> 8;
    out[i * 4 + 3] = v;
  }
  return out;
}

/** The SHA-256 digest of some bytes, 32 bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  const h = STATE;
  h.set(H0);
  const length = bytes.length;
  const full = length - (length % 64);
  for (let off = 0; off < full; off += 64) compress(h, bytes, off);
  BLOCK.set(bytes.subarray(full));
  return finish(h, BLOCK, length - full, length);
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
}

/**
 * The SHA-256 of a string's UTF-8 bytes, encoding on the fly into one reused block (no copy of
 * the text as bytes): the approval hash runs inside the analysis, so this path is kept lean.
 */
export function sha256Text(text: string): Uint8Array {
  const h = STATE;
  h.set(H0);
  const block = BLOCK;
  let used = 0;
  let length = 0;
  const put = (byte: number) => {
    block[used++] = byte;
    if (used === 64) {
      compress(h, block, 0);
      used = 0;
      length += 64;
    }
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      block[used++] = c;
      if (used === 64) {
        compress(h, block, 0);
        used = 0;
        length += 64;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        put(0xf0 | (c >>> 18));
        put(0x80 | ((c >>> 12) & 0x3f));
        put(0x80 | ((c >>> 6) & 0x3f));
        put(0x80 | (c & 0x3f));
        continue;
      }
      c = 0xfffd;
    }
    if (c < 0x800) {
      put(0xc0 | (c >>> 6));
      put(0x80 | (c & 0x3f));
    } else {
      put(0xe0 | (c >>> 12));
      put(0x80 | ((c >>> 6) & 0x3f));
      put(0x80 | (c & 0x3f));
    }
  }
  return finish(h, block, used, length + used);
}

/** The SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return toHex(sha256Text(text));
}
