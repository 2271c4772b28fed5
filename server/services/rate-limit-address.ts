import "server-only";
import { isIPv6 } from "node:net";

// Per-address limits count an IPv6 client by its /64: one subscriber, one host even, is handed a
// whole /64 and can take a new address from it for every attempt. An IPv4-mapped IPv6 address
// (what a dual-stack socket reports for an IPv4 client) is that IPv4 address.

/** The eight 16-bit groups of a valid IPv6 address (zone removed), however it is written. */
function groupsOf(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${((Number(dotted[3]) << 8) | Number(dotted[4])).toString(16)}`
    : address;
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const [head, tail] = text.split("::");
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The key a per-address rate limit counts `address` under: an IPv4 address, an IPv6 /64 ("2001:db8:1:2::/64"), or the text as given. */
export function addressForLimits(address: string): string {
  const bare = address.replace(/%.*$/, "");
  if (!isIPv6(bare)) return address;
  const groups = groupsOf(bare);
  const [g6 = 0, g7 = 0] = groups.slice(6);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff)
    return [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255].join(".");
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}
