/**
 * `homelab backup`: what cannot be made again, copied to a place the
 * operator names: OpenBao's init material (unseal key and root token, read
 * from the support VM) and every stack's state object (already encrypted by
 * OpenTofu with the state passphrase). The init material is encrypted here
 * with AES-256-GCM under a key derived (scrypt) from HOMELAB_BACKUP_PASSPHRASE,
 * so nothing in the backup is readable without a passphrase.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";
import type { Remote } from "./remote";
import { S3Target, s3Request } from "./s3";

const MAGIC = "homelab-backup-v1";
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Encrypts `plain` under `passphrase`: JSON with the salt, nonce, tag and ciphertext (base64). */
export function seal(plain: Buffer, passphrase: string): string {
  const salt = crypto.randomBytes(16);
  const nonce = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, SCRYPT);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, nonce);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return JSON.stringify({
    format: MAGIC,
    kdf: { name: "scrypt", ...SCRYPT, salt: salt.toString("base64") },
    cipher: "aes-256-gcm",
    nonce: nonce.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    data: data.toString("base64"),
  });
}

/** The inverse of {@link seal}; a wrong passphrase or a changed file is an error, not garbage. */
export function unseal(sealed: string, passphrase: string): Buffer {
  const box = JSON.parse(sealed) as Record<string, any>;
  if (box.format !== MAGIC) throw new CliError("not a homelab backup file");
  const key = crypto.scryptSync(passphrase, Buffer.from(box.kdf.salt, "base64"), 32, SCRYPT);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(box.nonce, "base64"));
  decipher.setAuthTag(Buffer.from(box.tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(box.data, "base64")), decipher.final()]);
  } catch {
    throw new CliError("the backup cannot be decrypted: wrong passphrase, or the file was changed");
  }
}

export interface BackupOptions {
  /** Where the backup goes: a new directory `<to>/<time>/` is made in it. */
  readonly to: string;
  readonly passphrase: string;
  readonly remote: Remote;
  /** The support VM's file with OpenBao's init material, relative to its secrets directory. */
  readonly openbaoInit: string;
  readonly secretsDir: string;
  /** The state bucket and the objects to copy (one per stack). */
  readonly state: { readonly target: S3Target; readonly bucket: string; readonly keys: readonly string[] };
  readonly now?: Date;
}

/** Refuses a missing or short passphrase before anything is read. */
export function checkBackupPassphrase(passphrase: string | undefined): string {
  if (!passphrase || passphrase.length < 16) {
    throw new CliError(
      "set HOMELAB_BACKUP_PASSPHRASE (at least 16 characters) to encrypt the backup — keep it apart from the backup; nothing was written",
    );
  }
  return passphrase;
}

/** Writes the backup and returns the files it wrote. Nothing is written when any part cannot be had. */
export async function backup(options: BackupOptions): Promise<string[]> {
  checkBackupPassphrase(options.passphrase);
  const init = await options.remote.run(`sudo cat ${options.secretsDir}/${options.openbaoInit}`);
  const objects: { key: string; body: string }[] = [];
  for (const key of options.state.keys) {
    const r = await s3Request(options.state.target, "GET", `/${options.state.bucket}/${key}`);
    if (r.status === 404) continue; // a stack not applied yet has no state
    if (r.status !== 200) throw new CliError(`reading state object ${key} answered ${r.status}`);
    objects.push({ key, body: r.body });
  }
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
  const dir = path.join(options.to, stamp);
  const partial = `${dir}.partial`;
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(partial, name)), { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(partial, name), text, { mode: 0o600 });
    written.push(path.join(dir, name));
  };
  write("openbao-init.json.sealed", seal(Buffer.from(init, "utf8"), options.passphrase));
  for (const o of objects) write(path.join("state", o.key), o.body);
  write(
    "README.txt",
    "homelab backup: openbao-init.json.sealed is AES-256-GCM under a scrypt key from HOMELAB_BACKUP_PASSPHRASE;\n" +
      "state/ holds each stack's state object as stored, encrypted by OpenTofu with TF_VAR_state_passphrase.\n",
  );
  // Only a complete backup gets its final name.
  fs.renameSync(partial, dir);
  return written.sort();
}
