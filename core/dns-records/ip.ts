/** IPv4 and IPv6 addresses as bytes: CIDR matching for SPF and reversed names for DNS blocklists. */

export function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

export function parseIPv6(text: string): number[] | null {
  let head = text;
  let tail4: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.') && lastColon >= 0) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail4 = v4;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string | undefined): string[] => (part ? part.split(':') : []);
  const left = groupsOf(halves[0]);
  const right = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  const bytes: number[] = [];
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  if (tail4.length === 4) bytes.splice(12, 4, ...tail4);
  return bytes;
}

/** Bytes of an address, 4 for IPv4 and 16 for IPv6; null when it is neither. */
export function parseIp(text: string): number[] | null {
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

/** Whether `ip` lies in `network`/`prefix` (both of the same family). */
export function inCidr(ip: readonly number[], network: readonly number[], prefix: number): boolean {
  if (ip.length !== network.length || prefix < 0 || prefix > ip.length * 8) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> bit % 8;
    if (((ip[bit >> 3] ?? 0) & mask) !== ((network[bit >> 3] ?? 0) & mask)) return false;
  }
  return true;
}

/** `4.3.2.1` for 1.2.3.4, nibbles for IPv6: the name to look up under a DNSBL zone (RFC 5782 §2.1, §2.4). */
export function reversedName(ip: readonly number[]): string {
  if (ip.length === 4) return [...ip].reverse().join('.');
  const nibbles: string[] = [];
  for (const byte of ip) nibbles.push((byte >> 4).toString(16), (byte & 0xf).toString(16));
  return nibbles.reverse().join('.');
}
