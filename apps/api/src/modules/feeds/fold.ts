/** Octets a line may hold before it is folded (RFC 5545 §3.1: 75 with the CRLF's space). */
const maxOctets = 74;

const surrogate = /[\ud800-\udfff]/;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** UTF-8 octets of one UTF-16 unit on its own (a lone surrogate is written as U+FFFD). */
const octetsOf = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/**
 * Folds one line exactly as ical-generator's `foldLines` does (the same octets, the same break
 * points: a high surrogate travels with the unit after it, as it measures them with
 * TextEncoder), but in one pass that copies slices instead of one string per character. A
 * line that cannot exceed the limit returns at once.
 */
export function foldLine(line: string): string {
  if (line.length <= maxOctets / 3) return line;
  // Without surrogates every unit is one character and Buffer counts octets as TextEncoder does.
  const length = surrogate.test(line) ? NaN : Buffer.byteLength(line);
  if (length <= maxOctets) return line;
  // One octet per unit: ASCII only, folded every 74 characters.
  if (length === line.length) {
    let folded = line.slice(0, maxOctets);
    for (let at = maxOctets; at < line.length; at += maxOctets) {
      folded += '\r\n ' + line.slice(at, at + maxOctets);
    }
    return folded;
  }
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const at = i;
    const code = line.charCodeAt(i);
    let size = octetsOf(code);
    if (isHigh(code) && i + 1 < line.length) {
      const next = line.charCodeAt(++i);
      size = isLow(next) ? 4 : size + octetsOf(next);
    }
    octets += size;
    if (octets > maxOctets) {
      folded += line.slice(start, at) + '\r\n ';
      start = at;
      octets = size;
    }
  }
  return start === 0 ? line : folded + line.slice(start);
}
