# nginx: TLS termination for the support VM's web services, one virtual
# host per enabled service as <name>.<domain>, all with the certificate in
# homelab.support.tls (security.acme's, see acme.nix, or a delivered one).
# Unknown names get their connection closed.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.nginx;
  helpers = import ./lib.nix { inherit lib; };
  loopback = port: "http://127.0.0.1:${toString port}";

  # Image layers, repository pushes and S3 objects stream through instead
  # of being size-limited and buffered to disk first.
  streamUploads = ''
    client_max_body_size 0;
    proxy_request_buffering off;
  '';
  # Keycloak and GitLab answer with large headers (OIDC cookies, tokens).
  largeHeaders = ''
    proxy_buffer_size 128k;
    proxy_buffers 4 256k;
    proxy_busy_buffers_size 256k;
  '';

  sites = [
    {
      name = "vault";
      enable = support.openbao.enable;
      location.proxyPass = loopback support.openbao.port;
    }
    {
      name = "minio";
      enable = support.minio.enable;
      location = {
        proxyPass = loopback support.minio.apiPort;
        extraConfig = streamUploads + ''
          proxy_buffering off;
        '';
      };
    }
    {
      name = "minio-console";
      enable = support.minio.enable;
      location = {
        proxyPass = loopback support.minio.consolePort;
        proxyWebsockets = true;
      };
    }
    {
      name = "idp";
      enable = support.keycloak.enable;
      location = {
        proxyPass = loopback support.keycloak.port;
        extraConfig = largeHeaders;
      };
    }
    {
      name = "harbor";
      enable = support.harbor.enable;
      location = {
        proxyPass = loopback support.harbor.httpPort;
        extraConfig = streamUploads;
      };
    }
    {
      name = "gitlab";
      enable = support.gitlab.enable;
      location = {
        proxyPass = "http://unix:/run/gitlab/gitlab-workhorse.socket";
        proxyWebsockets = true;
        extraConfig = streamUploads + largeHeaders;
      };
    }
    {
      # Teleport terminates its own TLS (clients pin its certificate chain
      # and it multiplexes protocols on one port), so it is not proxied.
      name = "teleport";
      enable = support.teleport.enable;
      location.return = "301 https://teleport.${support.domain}:${toString support.teleport.webPort}$request_uri";
    }
    {
      name = "zac";
      enable = support.ziti.enable;
      location = {
        proxyPass = loopback support.ziti.consolePort;
        proxyWebsockets = true;
      };
    }
  ];

  virtualHost = site: {
    name = "${site.name}.${support.domain}";
    value = {
      forceSSL = true;
      locations."/" = site.location;
    }
    # useACMEHost also orders nginx after the certificate's unit.
    // (
      if support.acme.enable then
        { useACMEHost = support.domain; }
      else
        {
          sslCertificate = support.tls.certificateFile;
          sslCertificateKey = support.tls.certificateKeyFile;
        }
    );
  };
in
{
  options.homelab.support.nginx.enable = helpers.mkServiceEnableOption {
    inherit support;
    name = "nginx";
  };

  config = lib.mkIf cfg.enable {
    services.nginx = {
      enable = true;
      recommendedGzipSettings = true;
      recommendedOptimisation = true;
      recommendedProxySettings = true;
      recommendedTlsSettings = true;
      virtualHosts = {
        "_" = {
          default = true;
          rejectSSL = true;
          locations."/".return = "444";
        };
      }
      // lib.listToAttrs (map virtualHost (lib.filter (site: site.enable) sites));
    };

    # GitLab's workhorse socket is group-accessible only.
    users.users.nginx.extraGroups = lib.optional support.gitlab.enable config.services.gitlab.group;

    networking.firewall.allowedTCPPorts = [
      80
      443
    ];
  };
}
