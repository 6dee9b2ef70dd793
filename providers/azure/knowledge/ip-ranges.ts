/**
 * Azure firewall rules of databases and caches give an IPv4 range (start–end), the network
 * rules of the policies speak CIDR: a range becomes the fewest CIDR blocks that cover exactly it.
 */

function toInt(ip: string): number | undefined {
  const parts = ip.trim().split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

function toIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** `10.0.0.0`–`10.0.255.255` → [`10.0.0.0/16`]; undefined when either end is not an IPv4 address or start > end. */
export function rangeToCidrs(start: string, end: string): string[] | undefined {
  let lo = toInt(start);
  const hi = toInt(end);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const out: string[] = [];
  while (lo <= hi) {
    // Largest block aligned at `lo` that does not pass `hi`.
    let size = 32;
    while (size > 0) {
      const block = 2 ** (32 - (size - 1));
      if (lo % block !== 0 || lo + block - 1 > hi) break;
      size--;
    }
    out.push(`${toIp(lo)}/${size}`);
    lo += 2 ** (32 - size);
  }
  return out;
}
