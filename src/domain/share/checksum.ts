/**
 * A 24-bit check on a link's data, written as 4 URL-safe characters. Without it, about one
 * in six single-character slips in a copied link still decodes — into a quietly different
 * scenario (another number, a changed label). With it, a damaged link says so. It is not a
 * signature: anyone can make a link, so a deliberately edited one is just another scenario.
 */
import { URI_SAFE_ALPHABET } from './lz-inflate.ts';

export const CHECK_CHARS = 4;

/**
 * FNV-1a (32-bit) of the text's UTF-16 code units, low 24 bits as 4 characters.
 *
 * @example
 * checksum('NobwRAlgJmBcYA'); // 4 characters from A–Z a–z 0–9 + -
 */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < CHECK_CHARS; i++) out += URI_SAFE_ALPHABET.charAt((hash >>> (6 * i)) & 63);
  return out;
}
