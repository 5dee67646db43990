import { Token } from "cdktf";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";

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
  const { createReturnsObject, writeReturnsObject } = provider;
  if (![createReturnsObject, writeReturnsObject].some((v) => v === true || Token.isUnresolved(v)))
    problems.push(
      `${options.prop} has neither createReturnsObject nor writeReturnsObject — set createReturnsObject: true, because ${options.returnsObjectWhy}`,
    );
  return problems;
}
