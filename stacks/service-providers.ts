import { TerraformStack, TerraformVariable } from "cdktf";
import { HarborProvider } from "../.gen/providers/harbor/provider";
import { RestapiProvider } from "../.gen/providers/restapi/provider";
import { setRestApiHeaders } from "../constructs/rest-api";
import { type SiteModel, ZITI_MANAGEMENT_PORT } from "../model";

/**
 * A credential the operator passes as `TF_VAR_<name>`. Empty by default, so
 * that the first, targeted bootstrap apply runs before the service exists;
 * the service's resources fail with an authentication error until it is set.
 */
export function credentialVariable(stack: TerraformStack, name: string, description: string): TerraformVariable {
  return new TerraformVariable(stack, name, { type: "string", sensitive: true, default: "", description });
}

/** Harbor on the support VM, through harbor 1.4.0 (projects, registries) and its REST API (robot accounts). */
export interface HarborProviders {
  readonly url: string;
  readonly provider: HarborProvider;
  readonly api: RestapiProvider;
}

export function harborProviders(stack: TerraformStack, site: SiteModel): HarborProviders {
  const url = site.services.harborUrl;
  const password = credentialVariable(
    stack,
    "harbor_admin_password",
    "Password of Harbor's admin (base stack output service_admin_passwords.harbor).",
  ).stringValue;
  const provider = new HarborProvider(stack, "harbor", {
    url,
    username: "admin",
    password,
    // harbor 1.4.0 skips certificate checks unless told otherwise.
    insecure: false,
  });
  const api = new RestapiProvider(stack, "harbor-api", {
    alias: "harbor",
    uri: site.services.harborApiUrl,
    username: "admin",
    password,
    createReturnsObject: true,
  });
  return { url, provider, api };
}

/** GitLab's REST API on the support VM, authenticated with an admin's personal access token. */
export function gitlabApi(stack: TerraformStack, site: SiteModel): RestapiProvider {
  const token = credentialVariable(
    stack,
    "gitlab_token",
    "Personal access token (scope api) of a GitLab administrator.",
  ).stringValue;
  const provider = new RestapiProvider(stack, "gitlab-api", {
    alias: "gitlab",
    uri: site.services.gitlabApiUrl,
    createReturnsObject: true,
  });
  setRestApiHeaders(provider, { "PRIVATE-TOKEN": token });
  return provider;
}

/**
 * Port of the Ziti controller's public management listener, which presents
 * the support VM's publicly trusted certificate (nixos/modules/support/ziti.nix,
 * publicManagementPort); 2029 serves Ziti's own PKI, which no system trust store has.
 */
export const ZITI_PUBLIC_MANAGEMENT_PORT = ZITI_MANAGEMENT_PORT;

/** The OpenZiti controller's edge management API, authenticated with a session token. */
export function zitiApi(stack: TerraformStack, site: SiteModel): RestapiProvider {
  const session = credentialVariable(
    stack,
    "ziti_session",
    "Session token of the Ziti controller's admin (POST /edge/management/v1/authenticate?method=password; see the README).",
  ).stringValue;
  const provider = new RestapiProvider(stack, "ziti-api", {
    alias: "ziti",
    uri: site.services.zitiManagementApiUrl,
    createReturnsObject: true,
  });
  setRestApiHeaders(provider, { "zt-session": session });
  return provider;
}
