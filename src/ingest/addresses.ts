import { BlockList, isIP } from "node:net";

/**
 * Addresses a fetch must never reach unless INGEST_ALLOW_PRIVATE is set: whoever can make the bot fetch
 * a URL (a moderator's `add URL`, a feed's item link, a redirect) could otherwise read the host's own
 * services or a cloud's metadata endpoint (server-side request forgery). After RFC 6890's special-purpose
 * registries; the metadata endpoints (169.254.169.254, fd00:ec2::254, 100.100.100.200) fall in them.
 */
export function privateRanges(): BlockList {
  const list = new BlockList();
  const v4: Array<[string, number]> = [
    ["0.0.0.0", 8], // "this network"
    ["10.0.0.0", 8], // private
    ["100.64.0.0", 10], // carrier-grade NAT (and Alibaba's metadata address)
    ["127.0.0.0", 8], // loopback
    ["169.254.0.0", 16], // link-local: cloud metadata
    ["172.16.0.0", 12], // private
    ["192.0.0.0", 24], // IETF protocol assignments
    ["192.0.2.0", 24], // documentation
    ["192.168.0.0", 16], // private
    ["198.18.0.0", 15], // benchmarking
    ["198.51.100.0", 24], // documentation
    ["203.0.113.0", 24], // documentation
    ["224.0.0.0", 4], // multicast
    ["240.0.0.0", 4], // reserved, and the broadcast address
  ];
  for (const [net, bits] of v4) list.addSubnet(net, bits, "ipv4");
  const v6: Array<[string, number]> = [
    ["::", 128], // unspecified
    ["::1", 128], // loopback
    ["fc00::", 7], // unique local (fd00:ec2::254 is AWS's metadata)
    ["fe80::", 10], // link-local
    ["ff00::", 8], // multicast
    ["2001:db8::", 32], // documentation
  ];
  for (const [net, bits] of v6) list.addSubnet(net, bits, "ipv6");
  return list;
}

const DEFAULT_RANGES = privateRanges();

/**
 * Whether an address is one a fetch must not reach. IPv6 forms that carry an IPv4 address inside
 * (`::ffff:127.0.0.1`, NAT64 `64:ff9b::7f00:1`, `::127.0.0.1`) are judged by that address.
 *
 * @example isPrivateAddress("169.254.169.254") // true
 */
export function isPrivateAddress(address: string, ranges: BlockList = DEFAULT_RANGES): boolean {
  const family = isIP(address);
  if (family === 4) return ranges.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const inner = embeddedIPv4(address);
  if (inner !== null) return ranges.check(inner, "ipv4");
  return ranges.check(address, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped, -compatible or NAT64 IPv6 address; null for any other. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
