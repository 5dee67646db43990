# Keycloak, the upstream identity provider (realm `upstream`; each cluster's
# broker realm federates to it). nixpkgs' module with a local PostgreSQL,
# listening on 127.0.0.1 and published by nginx as idp.<domain>. Realms,
# clients and users are managed by the CDKTF stacks.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.keycloak;
  helpers = import ./lib.nix { inherit lib; };
  bootstrapEnv = "/run/keycloak-bootstrap/admin.env";
  secretFiles = [
    cfg.adminPasswordFile
    cfg.databasePasswordFile
  ];
in
{
  options.homelab.support.keycloak = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "keycloak";
    };

    port = lib.mkOption {
      type = lib.types.port;
      default = 8180;
      description = "HTTP port on 127.0.0.1.";
    };

    managementPort = lib.mkOption {
      type = lib.types.port;
      # Keycloak's default, 9000, is MinIO's API port.
      default = 9990;
      description = "Port of Keycloak's management interface (health and metrics).";
    };

    adminPasswordFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.keycloak.adminPassword;
      description = ''
        Password of the bootstrap `admin` user in the master realm. Keycloak
        only uses it while the master realm has no administrator.
      '';
    };

    databasePasswordFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.keycloak.dbPassword;
      description = "Password of Keycloak's PostgreSQL role.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "keycloak" {
      inherit (cfg) adminPasswordFile databasePasswordFile;
    };

    services.keycloak = {
      enable = true;
      database = {
        type = "postgresql";
        createLocally = true;
        passwordFile = cfg.databasePasswordFile;
      };
      settings = {
        hostname = "https://idp.${support.domain}";
        http-enabled = true;
        http-host = "127.0.0.1";
        http-port = cfg.port;
        # nginx terminates TLS and sets X-Forwarded-*.
        proxy-headers = "xforwarded";
        health-enabled = true;
        http-management-port = cfg.managementPort;
      };
    };

    # services.keycloak.initialAdminPassword would put the password into the
    # store. Keycloak also reads KC_BOOTSTRAP_ADMIN_* from its environment,
    # so a oneshot renders them from the secret file into a root-only file
    # under /run that the keycloak unit loads.
    systemd.services.keycloak-bootstrap-admin = {
      description = "Render Keycloak's bootstrap admin credentials";
      before = [ "keycloak.service" ];
      wantedBy = [ "keycloak.service" ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        RuntimeDirectory = "keycloak-bootstrap";
        RuntimeDirectoryMode = "0700";
        RuntimeDirectoryPreserve = true;
        UMask = "0077";
      };
      script = ''
        password=$(< ${lib.escapeShellArg cfg.adminPasswordFile})
        # systemd environment files: backslash and double quote are the only
        # characters to escape inside double quotes.
        password=''${password//\\/\\\\}
        password=''${password//\"/\\\"}
        printf 'KC_BOOTSTRAP_ADMIN_USERNAME=admin\nKC_BOOTSTRAP_ADMIN_PASSWORD="%s"\n' "$password" > ${bootstrapEnv}
      '';
    };

    systemd.services.keycloak = {
      requires = [ "keycloak-bootstrap-admin.service" ];
      after = [ "keycloak-bootstrap-admin.service" ];
      serviceConfig.EnvironmentFile = [ bootstrapEnv ];
    };

    # The PostgreSQL role is created from the password file too.
    homelab.waitForFiles = {
      keycloak = secretFiles;
      keycloak-bootstrap-admin = secretFiles;
      keycloakPostgreSQLInit = secretFiles;
    };
  };
}
