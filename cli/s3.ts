/**
 * The few S3 calls the bring-up needs against MinIO (the state bucket must
 * exist, versioned, before any stack can keep its state there), signed with
 * AWS Signature Version 4. Credentials are passed in, never logged.
 */
import * as crypto from "node:crypto";
import * as http from "node:http";
import * as https from "node:https";

export interface S3Target {
  /** e.g. https://minio.support.example.com */
  readonly endpoint: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Extra CA certificates (PEM) to trust. */
  readonly ca?: string;
}

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");
const hmac = (key: crypto.BinaryLike, data: string) => crypto.createHmac("sha256", key).update(data).digest();

/** Signs and sends one path-style request; resolves with status and body. */
export function s3Request(
  target: S3Target,
  method: "GET" | "PUT" | "HEAD",
  path: string,
  query: Record<string, string> = {},
  body = "",
  now: Date = new Date(),
): Promise<{ status: number; body: string }> {
  const url = new URL(target.endpoint);
  const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, "");
  const day = amzDate.slice(0, 8);
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const canonicalQuery = Object.keys(query)
    .sort()
    .map((k) => `${enc(k)}=${enc(query[k])}`)
    .join("&");
  const payloadHash = sha256(body);
  const headers: Record<string, string> = {
    host: url.host,
    "x-amz-content-sha256": payloadHash,
    "x-amz-date": amzDate,
  };
  const signedHeaders = Object.keys(headers).sort().join(";");
  const canonical = [
    method,
    path.split("/").map(enc).join("/"),
    canonicalQuery,
    ...Object.keys(headers)
      .sort()
      .map((k) => `${k}:${headers[k]}`),
    "",
    signedHeaders,
    payloadHash,
  ].join("\n");
  const scope = `${day}/${target.region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${target.secretAccessKey}`, day), target.region), "s3"), "aws4_request");
  const signature = crypto.createHmac("sha256", key).update(toSign).digest("hex");
  const authorization = `AWS4-HMAC-SHA256 Credential=${target.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        method,
        hostname: url.hostname,
        port: url.port || undefined,
        path: `${path.split("/").map(enc).join("/")}${canonicalQuery ? `?${canonicalQuery}` : ""}`,
        headers: { ...headers, authorization, "content-length": Buffer.byteLength(body) },
        ca: target.ca,
        timeout: 15_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${target.endpoint} within 15 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Makes sure `bucket` exists with versioning on (the state's history is the
 * way back from a bad apply). Returns what it did.
 */
export async function ensureVersionedBucket(
  target: S3Target,
  bucket: string,
): Promise<"created" | "versioning enabled" | "exists"> {
  const head = await s3Request(target, "HEAD", `/${bucket}`);
  let result: "created" | "versioning enabled" | "exists" = "exists";
  if (head.status === 404) {
    const made = await s3Request(target, "PUT", `/${bucket}`);
    if (made.status !== 200)
      throw new Error(`creating bucket ${bucket} answered ${made.status}: ${made.body.slice(0, 300)}`);
    result = "created";
  } else if (head.status !== 200) {
    throw new Error(`checking bucket ${bucket} answered ${head.status} — are the MinIO root credentials right?`);
  }
  const versioning = await s3Request(target, "GET", `/${bucket}`, { versioning: "" });
  if (versioning.status !== 200) throw new Error(`reading ${bucket}'s versioning answered ${versioning.status}`);
  if (!/<Status>Enabled<\/Status>/.test(versioning.body)) {
    const body =
      '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>';
    const set = await s3Request(target, "PUT", `/${bucket}`, { versioning: "" }, body);
    if (set.status !== 200)
      throw new Error(`enabling versioning on ${bucket} answered ${set.status}: ${set.body.slice(0, 300)}`);
    if (result === "exists") result = "versioning enabled";
  }
  return result;
}
