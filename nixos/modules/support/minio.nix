# MinIO: S3 for Harbor's images, OpenTofu state and backups. The API is
# published by nginx as minio.<domain> and also listens on the VLAN, because
# Harbor's containers reach it through the host's address. The console is
# loopback only, published as minio-console.<domain>.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  support = config.homelab.support;
  cfg = support.minio;
  helpers = import ./lib.nix { inherit lib; };
in
{
  options.homelab.support.minio = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "minio";
    };

    apiPort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.minio.api;
      description = "Port of the S3 API (all interfaces).";
    };

    consolePort = lib.mkOption {
      type = lib.types.port;
      default = 9001;
      description = "Port of the web console (127.0.0.1).";
    };

    dataDir = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/var/lib/minio/data";
      description = "Where MinIO keeps the objects.";
    };

    region = lib.mkOption {
      type = lib.types.str;
      default = "us-east-1";
      description = "Region MinIO reports; S3 clients must use the same.";
    };

    rootCredentialsFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.minio.rootCredentials;
      description = ''
        Environment file with the root credentials, in MinIO's own format:
        `MINIO_ROOT_USER=…` and `MINIO_ROOT_PASSWORD=…` on separate lines.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "minio" { inherit (cfg) rootCredentialsFile; };

    services.minio = {
      enable = true;
      listenAddress = ":${toString cfg.apiPort}";
      consoleAddress = "127.0.0.1:${toString cfg.consolePort}";
      dataDir = [ cfg.dataDir ];
      inherit (cfg) region rootCredentialsFile;
    };

    # Links in the console point at its public name, not 127.0.0.1.
    systemd.services.minio.environment.MINIO_BROWSER_REDIRECT_URL = "https://minio-console.${support.domain}";

    homelab.waitForFiles.minio = [ cfg.rootCredentialsFile ];

    networking.firewall.allowedTCPPorts = [ cfg.apiPort ];

    environment.systemPackages = [ pkgs.minio-client ];
  };
}
