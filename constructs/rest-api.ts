import { Token } from "cdktf";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import { throwIfInvalid } from "./validation";

/**
 * Sets HTTP headers that the REST provider sends with every request, with
 * their names exactly as given. Through the provider's `headers` prop, cdktf
 * would rewrite the map's keys to snake case (`PRIVATE-TOKEN` becomes
 * `private_token`), which GitLab and Ziti ignore and nginx drops; an
 * override is written into the JSON as it is.
 */
export function setRestApiHeaders(provider: RestapiProvider, headers: Readonly<Record<string, string>>): void {
  const problems = Object.keys(headers)
    .filter((name) => !/^[A-Za-z0-9-]+$/.test(name))
    .map((name) => `header name "${name}" must be letters, digits and '-' (nginx drops names with '_')`);
  throwIfInvalid(provider, problems);
  provider.addOverride("headers", { ...headers });
}

/**
 * Checks a REST provider the way the constructs that configure a service
 * through it need it: pointed at that service's API, and learning new
 * objects' ids from the service's answer to a create.
 */
export function restApiProblems(
  provider: RestapiProvider,
  options: {
    /** How the construct names the provider prop (`provider`, `api`). */
    readonly prop: string;
    /** The API's base URL, or undefined when it cannot be checked. */
    readonly expectedUri?: string;
    /** The service, for the messages (`GitLab's API`). */
    readonly service: string;
    /** Why the answer to a create matters for this service. */
    readonly returnsObjectWhy: string;
  },
): string[] {
  const problems: string[] = [];
  const uri = provider.uri;
  const expected = options.expectedUri;
  if (
    uri !== undefined &&
    expected !== undefined &&
    !Token.isUnresolved(uri) &&
    !Token.isUnresolved(expected) &&
    uri.replace(/\/$/, "") !== expected
  )
    problems.push(`${options.prop} has uri "${uri}" — point it at ${options.service}, ${expected}`);
  const { headers } = provider;
  if (headers !== undefined && (Token.isUnresolved(headers) || Object.keys(headers).length > 0))
    problems.push(
      `${options.prop} has headers in its props, whose names cdktf rewrites to snake case — set them with setRestApiHeaders(provider, …) instead`,
    );
  const { createReturnsObject, writeReturnsObject } = provider;
  if (![createReturnsObject, writeReturnsObject].some((v) => v === true || Token.isUnresolved(v)))
    problems.push(
      `${options.prop} has neither createReturnsObject nor writeReturnsObject — set createReturnsObject: true, because ${options.returnsObjectWhy}`,
    );
  return problems;
}
