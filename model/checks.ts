/**
 * Value checks shared by the rules: each returns why a value cannot be used
 * (the fix included), or undefined when it can. They follow what the
 * consuming service, NixOS or libvirt accept, so that a value they would
 * refuse at apply time is refused at synth.
 */
import { isDnsName, parseIpv4 } from "./net";

/** cdktf's token markers (node_modules/cdktf/lib/tokens/private/encoding.js): a string holding one is resolved, not copied. */
export const CDKTF_TOKEN_MARKERS = ["${TfToken[", "#{TfToken[", "&{TfToken["] as const;

/** Why a string from a model file cannot be carried anywhere, whatever its field. */
export function stringProblem(text: string): string | undefined {
  const marker = CDKTF_TOKEN_MARKERS.find((m) => text.includes(m));
  if (marker !== undefined) {
    return `${JSON.stringify(text)} contains ${JSON.stringify(marker)}, the marker of an unresolved CDKTF token — remove it (the value would be replaced by another resource's value)`;
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(text);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    return `${JSON.stringify(text)} contains the control character ${code} — write the value on one line without control characters`;
  }
  return undefined;
}

const URL_PATH = /^(\/[A-Za-z0-9._~-]*)*$/;

/**
 * A service's base URL: `https://host[:port][/path]`, no credentials, query or fragment,
 * so that it can be composed into other URLs and carried literally everywhere.
 * `allowHttp` for addresses of things outside the homelab's TLS (a LAN model server).
 */
export function serviceUrlProblem(text: string, example: string, allowHttp = false): string | undefined {
  const schemes = allowHttp ? "http:// or https://" : "https://";
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)([?#].*)?$/i.exec(text);
  if (!match) return `is not a URL — write ${schemes}<host>, for example ${example}`;
  const [, scheme, authority, urlPath, rest] = match;
  if (authority.includes("@")) {
    return "holds credentials (user:password@) — remove them; every credential comes from the environment";
  }
  const hostPort = /^([^:]+)(?::(\d{1,5}))?$/.exec(authority);
  const host = hostPort?.[1] ?? "";
  const port = hostPort?.[2];
  // Plain http stays on the machine for a loopback address (a test server), and nowhere else.
  const loopback = host === "localhost" || /^127\./.test(host);
  if (!(scheme === "https" || (scheme === "http" && (allowHttp || loopback)))) {
    return `uses ${scheme}:// — use ${schemes} (credentials and tokens travel over it), for example ${example}`;
  }
  if (
    !hostPort ||
    !(isDnsName(host) || parseIpv4(host) !== undefined) ||
    (port !== undefined && !isPort(Number(port)))
  ) {
    return `has no valid host[:port] — write a lower-case DNS name or IPv4 address, for example ${example}`;
  }
  if (rest !== undefined) return `has a query or fragment (${rest}) — write the base URL only, for example ${example}`;
  if (!URL_PATH.test(urlPath)) {
    return `has a path with characters other than letters, digits, '.', '_', '~', '-' and '/' — write the base URL, for example ${example}`;
  }
  return undefined;
}

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/**
 * libvirt connection URIs that keep the hypervisor connection authenticated
 * and encrypted: the local socket, SSH, or TLS with certificate checks.
 * `qemu+ext` runs a local program, `qemu+tcp` is unencrypted, and
 * `no_verify`, `command`, `netcat`, `no_tty` or `known_hosts_verify` weaken
 * or replace what runs.
 */
const LIBVIRT_TRANSPORTS = ["", "+unix", "+ssh", "+libssh", "+libssh2", "+tls"] as const;
const LIBVIRT_PARAMETERS = ["keyfile", "known_hosts", "sshauth", "socket", "mode"] as const;

export function libvirtUriProblem(text: string): string | undefined {
  const example = "qemu:///system or qemu+ssh://root@hypervisor/system";
  const match = /^qemu(\+[a-z0-9]+)?:\/\/([^/?#]*)(\/[^?#]*)(\?[^#]*)?$/.exec(text);
  if (!match) return `is not a QEMU libvirt URI — for example ${example}`;
  const [, transport = "", authority, uriPath, query] = match;
  if (!(LIBVIRT_TRANSPORTS as readonly string[]).includes(transport)) {
    return `uses the transport qemu${transport}, which ${transport === "+ext" ? "runs a local program at plan time" : transport === "+tcp" ? "is neither encrypted nor authenticated" : "is not supported here"} — use qemu:///system locally, or qemu+ssh:// or qemu+tls:// to a remote hypervisor`;
  }
  const remote = transport !== "" && transport !== "+unix";
  if (remote && !/^([a-z_][a-z0-9_.-]*@)?[a-z0-9.-]+(:\d{1,5})?$/i.test(authority)) {
    return `has no valid [user@]host[:port] for qemu${transport} — for example qemu${transport}://root@hypervisor/system`;
  }
  if (!remote && authority !== "") return `names a host (${authority}) for a local transport — use qemu:///system`;
  if (uriPath !== "/system") {
    return `connects to ${uriPath}, not /system — the VMs' bridges and storage pools need the system instance (…/system)`;
  }
  for (const pair of (query ?? "").slice(1).split("&").filter(Boolean)) {
    const [name, value = ""] = pair.split("=", 2);
    if (!(LIBVIRT_PARAMETERS as readonly string[]).includes(name)) {
      return `sets the parameter ${name}, which ${["no_verify", "known_hosts_verify"].includes(name) ? "turns host verification off" : ["command", "netcat", "no_tty"].includes(name) ? "changes the program that runs" : "is not allowed here"} — remove it (allowed: ${LIBVIRT_PARAMETERS.join(", ")})`;
    }
    if (!/^[A-Za-z0-9._/~+-]*$/.test(decodeURIComponentSafe(value))) {
      return `has a value for ${name} with characters other than letters, digits and ./_~+- — use a plain path`;
    }
  }
  return undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "\u0000";
  }
}

/** Key types OpenSSH accepts in authorized_keys, with the fields of their wire-format blob after the type. */
const SSH_KEY_FIELDS: Readonly<Record<string, readonly ("key32" | "mpint" | "curve" | "point" | "application")[]>> = {
  "ssh-ed25519": ["key32"],
  "ssh-rsa": ["mpint", "mpint"],
  "ecdsa-sha2-nistp256": ["curve", "point"],
  "ecdsa-sha2-nistp384": ["curve", "point"],
  "ecdsa-sha2-nistp521": ["curve", "point"],
  "sk-ssh-ed25519@openssh.com": ["key32", "application"],
  "sk-ecdsa-sha2-nistp256@openssh.com": ["curve", "point", "application"],
};

/**
 * Parses one authorized_keys line `type base64-blob [comment]`: the blob
 * must be well-formed SSH wire format whose embedded type matches the
 * written one, with the fields that type has (RFC 4253 §6.6, RFC 5656,
 * OpenSSH PROTOCOL.u2f). RSA keys need at least 2048 bits, as OpenSSH does.
 */
export function sshPublicKeyProblem(text: string): string | undefined {
  const fix = 'paste one line of a .pub file ("ssh-ed25519 AAAA… comment")';
  const match = /^(\S+) ([A-Za-z0-9+/]+={0,2})(?: (.*))?$/.exec(text);
  if (!match) return `is not an OpenSSH public key — ${fix}`;
  const [, type, blob] = match;
  const fields = SSH_KEY_FIELDS[type];
  if (!fields) {
    return `has the key type ${JSON.stringify(type)}, which is not one OpenSSH accepts — use ${Object.keys(SSH_KEY_FIELDS).join(", ")}`;
  }
  if (blob.length % 4 !== 0) return `has a base64 blob whose length is not a multiple of 4 (cut off?) — ${fix}`;
  const bytes = Buffer.from(blob, "base64");
  if (bytes.toString("base64") !== blob) return `has a blob that is not canonical base64 — ${fix}`;
  let offset = 0;
  const next = (): Buffer | undefined => {
    if (offset + 4 > bytes.length) return undefined;
    const length = bytes.readUInt32BE(offset);
    if (offset + 4 + length > bytes.length) return undefined;
    const value = bytes.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    return value;
  };
  const embedded = next();
  if (embedded === undefined) return `has a blob that is not an SSH public key — ${fix}`;
  if (embedded.toString("latin1") !== type) {
    return `says ${type} but its blob holds a ${JSON.stringify(embedded.toString("latin1").slice(0, 40))} key — the type and the key do not belong together; ${fix}`;
  }
  const curve = type.match(/nistp(256|384|521)/)?.[0];
  for (const field of fields) {
    const value = next();
    if (value === undefined) return `has a blob that ends early (a truncated ${type} key) — ${fix}`;
    if (field === "key32" && value.length !== 32) return `has an Ed25519 key of ${value.length} bytes, not 32 — ${fix}`;
    if (field === "curve" && value.toString("latin1") !== curve) {
      return `has the curve ${JSON.stringify(value.toString("latin1"))} in a ${type} key — ${fix}`;
    }
    if (field === "point" && value[0] !== 0x04) return `has an ECDSA point that is not uncompressed — ${fix}`;
  }
  if (offset !== bytes.length) return `has ${bytes.length - offset} bytes after the ${type} key — ${fix}`;
  if (type === "ssh-rsa") {
    offset = 0;
    next();
    next();
    const modulus = next()!;
    const bits = (modulus.length - (modulus[0] === 0 ? 1 : 0)) * 8;
    if (bits < 2048) return `is an RSA key of about ${bits} bits; OpenSSH refuses fewer than 2048 — use an Ed25519 key`;
  }
  return undefined;
}

/**
 * NixOS user names (systemd's strict rule, which users-groups and sysusers
 * enforce): a lower-case letter or '_' first, then lower-case letters,
 * digits, '_' or '-', at most 31 characters.
 */
export const NIXOS_USER_NAME = /^[a-z_][a-z0-9_-]{0,30}$/;

/** Accounts NixOS or the support VM's services already own; the admin login cannot take one. */
export const SYSTEM_USERS: readonly string[] = [
  "root",
  "nobody",
  "daemon",
  "bin",
  "sys",
  "sshd",
  "messagebus",
  "nscd",
  "nixbld",
  "systemd-network",
  "systemd-resolve",
  "systemd-timesync",
  "systemd-oom",
  "systemd-coredump",
  "polkituser",
  "rke2",
  "openbao",
  "minio",
  "harbor",
  "keycloak",
  "nginx",
  "teleport",
  "gitlab",
  "gitlab-runner",
  "ziti",
  "postgres",
  "redis",
  "nfsnobody",
];

/**
 * Keycloak's default user profile rejects these in first and last names
 * (validator person-name-prohibited-characters).
 */
export const PERSON_NAME_PROHIBITED = /[<>&"$%!#?§;*~/\\|^=[\]{}()]/;

/**
 * E-mail addresses: the dot-atom local part without the characters that are
 * legal in RFC 5322 but refused or mangled by Keycloak, GitLab and ACME
 * clients, and a DNS domain with at least two labels.
 */
export function emailProblem(text: string): string | undefined {
  const at = text.lastIndexOf("@");
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (at <= 0 || !/^[A-Za-z0-9._+-]{1,64}$/.test(local) || !isDnsName(domain.toLowerCase()) || !domain.includes(".")) {
    return "is not an email address — write local@domain with letters, digits, '.', '_', '+' and '-' before the @";
  }
  return undefined;
}
