# The support domain's certificate from an ACME CA (Let's Encrypt unless
# homelab.support.acme.server says otherwise), through NixOS' security.acme,
# which runs lego: one certificate for `<domain>` and `*.<domain>` (and the
# Ziti domain when the wildcard does not cover it), obtained and renewed with
# the DNS-01 challenge. lego writes the TXT record through
# the DNS provider's API (Cloudflare by default), with an API token read from
# a root-only file handed to the unit as a systemd credential; the VM need
# not be reachable from the internet.
#
# Until the first certificate is issued, security.acme serves a self-signed
# placeholder so nginx and Teleport can start. The acme-order-renew timer
# checks daily and renews 30 days before expiry; nginx and Teleport are
# reloaded when a new certificate is installed.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.acme;
  helpers = import ./lib.nix { inherit lib; };
  certName = support.domain;
  tlsUsers = support.nginx.enable || support.teleport.enable || support.ziti.enable;
  # The Ziti controller's public management listener presents this certificate
  # too, under the Ziti domain; the wildcard covers it only one label below
  # the support domain.
  underWildcard =
    name:
    name == certName
    || (lib.hasSuffix ".${certName}" name && !(lib.hasInfix "." (lib.removeSuffix ".${certName}" name)));
  zitiNames = lib.optional (
    support.ziti.enable && !(underWildcard support.zitiDomain)
  ) support.zitiDomain;
in
{
  options.homelab.support.acme = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = true;
      description = ''
        Whether to obtain the certificate in homelab.support.tls from an ACME
        CA. When off, homelab.support.tls names files the provisioner
        delivers.
      '';
    };

    email = lib.mkOption {
      type = lib.types.nullOr (lib.types.strMatching "[^@ ]+@[^@ ]+");
      default = null;
      example = "admin@example.com";
      description = "Contact address of the ACME account (the model's identity.admin_email).";
    };

    server = lib.mkOption {
      type = lib.types.strMatching "https://.*";
      default = "https://acme-v02.api.letsencrypt.org/directory";
      example = "https://acme-staging-v02.api.letsencrypt.org/directory";
      description = "ACME directory URL: Let's Encrypt's production endpoint, its staging endpoint, or another CA's.";
    };

    dnsProvider = lib.mkOption {
      type = lib.types.str;
      default = "cloudflare";
      description = "lego's DNS provider for the DNS-01 challenge (<https://go-acme.github.io/lego/dns/>).";
    };

    dnsResolver = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = "1.1.1.1:53";
      description = ''
        Resolver (host:port) lego asks whether the TXT record is visible. A
        public one, because the lab's own DNS may answer for the domain
        itself. null: the system's resolvers.
      '';
    };

    cloudflareApiTokenFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.acme.cloudflareApiToken;
      description = "Cloudflare API token (permissions Zone:Read and DNS:Edit on the domain's zone), the file's only content.";
    };

    credentialFiles = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = lib.optionalAttrs (cfg.dnsProvider == "cloudflare") {
        CLOUDFLARE_DNS_API_TOKEN_FILE = cfg.cloudflareApiTokenFile;
      };
      defaultText = lib.literalExpression ''{ CLOUDFLARE_DNS_API_TOKEN_FILE = config.homelab.support.acme.cloudflareApiTokenFile; } # with the cloudflare provider'';
      description = ''
        lego's `*_FILE` variables for the DNS provider, by name: each file is
        passed to the unit as a systemd credential, never read into the
        Nix store.
      '';
    };
  };

  config = lib.mkIf (cfg.enable && tlsUsers) {
    assertions = [
      {
        assertion = cfg.email != null;
        message = "homelab.support.acme.email is not set: the ACME account needs a contact address (the model's identity.admin_email)";
      }
    ]
    ++ helpers.secretsOutsideStore "acme.credentialFiles" cfg.credentialFiles;

    security.acme = {
      acceptTerms = true;
      certs.${certName} = {
        domain = certName;
        extraDomainNames = [ "*.${certName}" ] ++ zitiNames;
        inherit (cfg)
          email
          server
          dnsProvider
          dnsResolver
          credentialFiles
          ;
        # nginx runs unprivileged and reads the key through its group.
        group = if support.nginx.enable then "nginx" else "acme";
        reloadServices =
          lib.optional support.nginx.enable "nginx.service" ++ lib.optional support.teleport.enable "teleport.service";
      };
    };

    # Orders wait for the provider's credentials, which the provisioner
    # delivers after the first switch; an empty file (no token set in
    # OpenTofu yet) counts as missing, and the placeholder stays.
    homelab.waitForFiles."acme-order-renew-${certName}" = lib.attrValues cfg.credentialFiles;
    systemd.services."acme-order-renew-${certName}".unitConfig.ConditionFileNotEmpty =
      lib.attrValues cfg.credentialFiles;

    # The placeholder (or the real certificate) exists once acme-<cert> ran.
    systemd.services.teleport = lib.mkIf support.teleport.enable {
      wants = [ "acme-${certName}.service" ];
      after = [ "acme-${certName}.service" ];
    };
  };
}
