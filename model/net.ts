import { createHash } from "node:crypto";

/**
 * IPv4, CIDR and MAC helpers for model validation. Addresses are handled as
 * unsigned 32-bit integers so that containment and overlap are plain
 * comparisons.
 */

/** An IPv4 network: `first` is the network address, `last` the broadcast address. */
export interface Ipv4Cidr {
  readonly text: string;
  readonly prefix: number;
  readonly first: number;
  readonly last: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses a dotted-quad IPv4 address, or returns undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

export type CidrResult = { readonly cidr: Ipv4Cidr } | { readonly error: string };

/**
 * Parses `a.b.c.d/len`. Host bits must be zero so that the written network
 * is the one that is meant (`10.69.50.7/24` is rejected with the fix).
 */
export function parseCidr(text: string): CidrResult {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(text);
  const address = match ? parseIpv4(match[1]) : undefined;
  const prefix = match ? Number(match[2]) : NaN;
  if (address === undefined || !(prefix >= 0 && prefix <= 32)) {
    return { error: "is not an IPv4 CIDR — write it as address/prefix, for example 10.69.50.0/24" };
  }
  const size = 2 ** (32 - prefix);
  const first = address - (address % size);
  if (first !== address) {
    return { error: `has host bits set — did you mean ${formatIpv4(first)}/${prefix}?` };
  }
  return { cidr: { text, prefix, first, last: first + size - 1 } };
}

export function cidrContains(cidr: Ipv4Cidr, address: number): boolean {
  return address >= cidr.first && address <= cidr.last;
}

export function cidrWithin(inner: Ipv4Cidr, outer: Ipv4Cidr): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.first <= b.last && b.first <= a.last;
}

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/** Why `text` cannot be a VM NIC's MAC address, or undefined when it can. */
export function macProblem(text: string): string | undefined {
  if (!MAC.test(text)) {
    return "is not a MAC address — write six colon-separated hex octets, for example 52:54:00:69:50:20";
  }
  if (parseInt(text.slice(0, 2), 16) & 1) {
    return "is a multicast MAC (lowest bit of the first octet set) — use a unicast address such as 52:54:00:xx:xx:xx";
  }
  return undefined;
}

/**
 * The management (NAT) NIC's MAC for a VM: 52:54:01 (locally administered,
 * unicast) and three bytes of the hostname's SHA-256, so it is stable across
 * runs and needs no entry in the model.
 */
export function managementMac(hostname: string): string {
  const digest = createHash("sha256").update(hostname).digest();
  return ["52", "54", "01", ...[0, 1, 2].map((i) => digest[i].toString(16).padStart(2, "0"))].join(":");
}

/** MACs compare case-insensitively; the canonical form is lower case. */
export function normalizeMac(text: string): string {
  return text.toLowerCase();
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** True when `text` is an RFC 1123 DNS label (lower case, at most 63 characters). */
export function isDnsLabel(text: string): boolean {
  return LABEL.test(text);
}

/** True when `text` is a DNS name made of RFC 1123 labels, at most 253 characters. */
export function isDnsName(text: string): boolean {
  return text.length <= 253 && text.split(".").every(isDnsLabel);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when `text` looks like an e-mail address (one @, a dot in the domain, no spaces). */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}
