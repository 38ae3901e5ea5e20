// The core's pure SHA-256 (used for approval hashes) agrees with Node's OpenSSL on any text.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the core SHA-256 against node:crypto', () => {
  it('agrees on every length around the 64-byte block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex('x'.repeat(n))).toBe(node('x'.repeat(n)));
  });

  it('agrees on arbitrary text, including non-ASCII and lone surrogates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        expect(sha256Hex(text)).toBe(node(text));
      }),
      { numRuns: 500 },
    );
  });
});
