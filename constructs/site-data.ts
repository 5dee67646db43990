import type { SiteModel } from "../model";

/**
 * The site's own data, as fixed strings a push guard looks for: its domains,
 * e-mail addresses and IPv4 addresses (site.yaml). A value that the shipped
 * example (`publicText`, the text of site.example.yaml) contains is public
 * already and is left out, so that the project itself can be pushed anywhere.
 */
export function siteDataPatterns(site: SiteModel, publicText = ""): string[] {
  const collect = (s: SiteModel): string[] => {
    const cidrAddress = (cidr: string) => cidr.split("/")[0];
    return [
      s.domains.root,
      s.domains.base,
      s.domains.support,
      s.domains.ziti,
      s.identity.adminEmail,
      ...s.identity.users.map((u) => u.email),
      s.support.ip,
      s.network.gatewayIp,
      cidrAddress(s.network.vlanCidr),
      cidrAddress(s.network.managementCidr),
      cidrAddress(s.network.nfsAllowedNetwork),
      cidrAddress(s.libvirt.natCidr),
      new URL(s.state.endpoint).hostname,
      new URL(s.vault.address).hostname,
      new URL(s.identity.keycloakUrl).hostname,
    ];
  };
  return [...new Set(collect(site))].filter((v) => v !== "" && !publicText.includes(v)).sort();
}
