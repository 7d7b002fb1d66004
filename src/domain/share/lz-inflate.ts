/**
 * A bounded decoder for lz-string's `compressToEncodedURIComponent` format.
 *
 * Why not lz-string's own `decompressFromEncodedURIComponent`? It has no output limit, and
 * LZW output can grow with the square of its input: a 12 KB link expands to 20 million
 * characters, a 100 KB one to over a billion — enough for a hostile link to freeze or crash
 * the tab of whoever opens it. This is the same algorithm (lz-string 1.5, `_decompress` with
 * 6-bit characters) with a cap on the characters it produces. Differential tests against
 * lz-string keep the two in step.
 */

/** lz-string's URL-safe alphabet, 6 bits per character ('$', the 65th, is never written and reads as 0). */
export const URI_SAFE_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const SIX_BITS = new Map([...URI_SAFE_ALPHABET].map((ch, i) => [ch, i]));

export type Inflated = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Decompresses what lz-string's `compressToEncodedURIComponent` produced, refusing to produce
 * more than `maxChars` characters. Never throws.
 *
 * @example
 * inflateFromURIComponent(compressToEncodedURIComponent('hello'), 1000); // { ok: true, text: 'hello' }
 * inflateFromURIComponent('garbage', 1000); // { ok: false, reason: 'damaged' }
 */
export function inflateFromURIComponent(compressed: string, maxChars: number): Inflated {
  if (compressed === '') return { ok: false, reason: 'damaged' };
  // A '+' that went through form-style URL decoding comes back as a space (as in lz-string).
  const input = compressed.replace(/ /g, '+');
  // Unknown characters read as zero bits, exactly as in lz-string.
  const sixBitsAt = (i: number) => SIX_BITS.get(input.charAt(i)) ?? 0;
  let current = sixBitsAt(0);
  let mask = 32;
  let next = 1;

  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (current & mask) bits += power;
      mask >>= 1;
      if (mask === 0) {
        mask = 32;
        current = sixBitsAt(next++);
      }
    }
    return bits;
  };

  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first === 3) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  // Codes 0–2 are control codes, so entries start at 3.
  const dictionary: string[] = ['', '', '', w];
  const parts: string[] = [w];
  let produced = 1;
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  };

  for (;;) {
    if (next > input.length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code] as string;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    produced += entry.length;
    if (produced > maxChars) return { ok: false, reason: 'too-large' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}
