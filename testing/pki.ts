/** Test certificates made with openssl in a directory: CAs and leaves they sign. Not tests themselves. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** Key algorithm options for `openssl req -newkey`. */
export type KeyType = "rsa" | "ec";
const newKey = (type: KeyType) =>
  type === "rsa" ? ["-newkey", "rsa:2048"] : ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];

/** Runs openssl in `dir`; throws with its stderr when it fails. */
export function openssl(dir: string, args: readonly string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed: ${r.stderr || r.error?.message}`);
}

/** A self-signed CA valid for two days: `<name>.crt` and `<name>.key` (0600) in `dir`. */
export function makeCa(dir: string, name: string, cn: string, keyType: KeyType = "ec"): void {
  openssl(
    dir,
    ["req", "-x509", ...newKey(keyType), "-nodes", "-days", "2", "-subj", `/CN=${cn}`].concat([
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.crt`,
    ]),
  );
  fs.chmodSync(path.join(dir, `${name}.key`), 0o600);
}

/**
 * A certificate for `cn` signed by the CA `ca` (made by `makeCa` in the same `dir`), with the
 * X.509 extensions `extensions` (lines of an openssl extension file): `<name>.crt` and `<name>.key`.
 */
export function signCertificate(
  dir: string,
  leaf: { name: string; ca: string; cn: string; extensions: readonly string[]; keyType?: KeyType },
): void {
  const { name, ca, cn } = leaf;
  fs.writeFileSync(path.join(dir, `${name}.ext`), [...leaf.extensions, ""].join("\n"));
  openssl(
    dir,
    ["req", ...newKey(leaf.keyType ?? "ec"), "-nodes", "-subj", `/CN=${cn}`].concat([
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
    ]),
  );
  openssl(
    dir,
    ["x509", "-req", "-in", `${name}.csr`, "-CA", `${ca}.crt`, "-CAkey", `${ca}.key`, "-CAcreateserial"].concat([
      "-days",
      "2",
      "-extfile",
      `${name}.ext`,
      "-out",
      `${name}.crt`,
    ]),
  );
  fs.chmodSync(path.join(dir, `${name}.key`), 0o600);
}
