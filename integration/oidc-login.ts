/**
 * A browser's part of an OpenID Connect login against Keycloak, for the slow
 * tier: follows redirects with a cookie jar, fills in Keycloak's login and
 * update-password forms, and stops at the client's redirect URI with the
 * authorization code. Only for servers on 127.0.0.1 started by the tests.
 */

interface Cookie {
  readonly name: string;
  readonly path: string;
  readonly value: string;
}

/** Cookies by name and path, enough for one host. */
class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  store(setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith("path="));
      const path = pathAttribute ? pathAttribute.slice(5) : "/";
      const expired =
        attributes.some((a) => a.toLowerCase() === "max-age=0") ||
        attributes.some((a) => a.toLowerCase().startsWith("expires=") && Date.parse(a.slice(8)) < Date.now());
      const key = `${name}\0${path}`;
      if (expired || value === "") this.cookies.delete(key);
      else this.cookies.set(key, { name, path, value });
    }
  }

  header(url: URL): string {
    return [...this.cookies.values()]
      .filter((c) => url.pathname.startsWith(c.path.replace(/\/$/, "")))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }
}

function decodeHtml(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The `action` of the first form on a Keycloak page. */
function formAction(html: string): string | undefined {
  const match = /<form[^>]*\saction="([^"]+)"/i.exec(html);
  return match ? decodeHtml(match[1]) : undefined;
}

export interface LoginOptions {
  /** The authorization endpoint URL, with client_id, redirect_uri, scope, state and any hint. */
  readonly authorizeUrl: string;
  /** Where the client would receive the code; the walk stops at the first redirect there. */
  readonly redirectUri: string;
  readonly username: string;
  readonly password: string;
  /** Used if the server asks for a new password (a temporary one was set). */
  readonly newPassword: string;
}

/** The authorization code the login ends with, and the pages it went through (for failure messages). */
export interface LoginResult {
  readonly code: string;
  readonly trail: readonly string[];
}

/** Walks the login as a browser would and returns the authorization code. */
export async function oidcLogin(options: LoginOptions): Promise<LoginResult> {
  const jar = new CookieJar();
  const trail: string[] = [];
  let url = new URL(options.authorizeUrl);
  let method = "GET";
  let body: URLSearchParams | undefined;

  for (let step = 0; step < 30; step++) {
    if (url.hostname !== "127.0.0.1")
      throw new Error(`login left 127.0.0.1 for ${url.origin}; trail:\n${trail.join("\n")}`);
    const response = await fetch(url, {
      method,
      redirect: "manual",
      headers: {
        cookie: jar.header(url),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body,
    });
    jar.store(response.headers.getSetCookie());
    trail.push(`${method} ${url.pathname} -> ${response.status}`);
    method = "GET";
    body = undefined;

    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (location.startsWith(options.redirectUri)) {
        const target = new URL(location);
        const code = target.searchParams.get("code");
        if (!code) throw new Error(`redirected back without a code: ${target.search}; trail:\n${trail.join("\n")}`);
        return { code, trail };
      }
      url = new URL(location, url);
      continue;
    }

    const html = await response.text();
    const action = formAction(html);
    if (response.status !== 200 || !action) {
      throw new Error(`unexpected page (${response.status}); trail:\n${trail.join("\n")}\n${html.slice(0, 2000)}`);
    }
    url = new URL(action, url);
    method = "POST";
    if (/id="kc-passwd-update-form"/.test(html)) {
      body = new URLSearchParams({ "password-new": options.newPassword, "password-confirm": options.newPassword });
    } else if (/name="password"/.test(html)) {
      body = new URLSearchParams({ username: options.username, password: options.password, credentialId: "" });
    } else {
      // Any other form (a profile review on first broker login): submit it as it is.
      const fields = [...html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)];
      body = new URLSearchParams(fields.map((f): [string, string] => [f[1], decodeHtml(f[2])]));
    }
  }
  throw new Error(`login did not finish in 30 steps; trail:\n${trail.join("\n")}`);
}

/** The claims of a JWT, without checking its signature (the test fetched it from the issuer itself). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
}
