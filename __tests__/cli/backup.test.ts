import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { seal, unseal } from "../../cli/backup";
import { fakeOutdir, runCli } from "../../testing/cli";

const passphrase = "a passphrase of some length";

describe("backup encryption", () => {
  test("what is sealed unseals with the passphrase, and holds no plaintext", () => {
    const secret = Buffer.from('{"root_token":"s.abcdef","unseal_keys_b64":["xyz"]}');
    const sealed = seal(secret, passphrase);
    expect(sealed).not.toContain("s.abcdef");
    expect(JSON.parse(sealed)).toMatchObject({
      format: "homelab-backup-v1",
      cipher: "aes-256-gcm",
      kdf: { name: "scrypt" },
    });
    expect(unseal(sealed, passphrase).equals(secret)).toBe(true);
  });

  test("a wrong passphrase or a changed file is an error, not garbage", () => {
    const sealed = seal(Buffer.from("init"), passphrase);
    expect(() => unseal(sealed, "another passphrase here")).toThrow(/cannot be decrypted/);
    const box = JSON.parse(sealed);
    box.data = Buffer.from("tampered").toString("base64");
    expect(() => unseal(JSON.stringify(box), passphrase)).toThrow(/cannot be decrypted/);
  });

  test("two seals of the same input differ (fresh salt and nonce)", () => {
    expect(seal(Buffer.from("x"), passphrase)).not.toBe(seal(Buffer.from("x"), passphrase));
  });
});

test("homelab backup without a passphrase: one clear message, exit 1, nothing read or written", () => {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-backup-"));
  const r = runCli(["--outdir", fakeOutdir({ support: [] }), "backup", "--to", to], {
    env: { HOMELAB_BACKUP_PASSPHRASE: "", HOMELAB_SSH: "/nonexistent/ssh" },
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/set HOMELAB_BACKUP_PASSPHRASE \(at least 16 characters\).*nothing was written/);
  expect(fs.readdirSync(to)).toEqual([]);
});
