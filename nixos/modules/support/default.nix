# The support VM's shared options and the wiring between its services. Each
# service lives in its own module and opens exactly the ports it needs, so
# the firewall follows from which services are enabled.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.support;

  contract = (import ./lib.nix { inherit lib; }).contract;
  serviceNames = contract.supportServices;

  # Services that listen on 127.0.0.1 only and are published by nginx.
  behindNginx = [
    "openbao"
    "keycloak"
    "harbor"
    "gitlab"
  ];

  tlsUsers = cfg.nginx.enable || cfg.teleport.enable;
  tlsServices =
    lib.optional cfg.nginx.enable "nginx.service" ++ lib.optional cfg.teleport.enable "teleport.service";
  keyDir = dirOf cfg.tls.certificateKeyFile;
  # With ACME the certificate lives where security.acme writes it.
  acmeDir = "/var/lib/acme/${cfg.domain}";
  delivered = !cfg.acme.enable;
in
{
  imports = [
    ./acme.nix
    ./openbao.nix
    ./minio.nix
    ./nfs.nix
    ./harbor.nix
    ./keycloak.nix
    ./nginx.nix
    ./teleport.nix
    ./gitlab.nix
    ./gitlab-runner.nix
    ./ziti.nix
  ];

  options.homelab.support = {
    domain = lib.mkOption {
      type = lib.types.str;
      example = "support.lab.example.com";
      description = "Domain of the support services; each is published as `<service>.<domain>`.";
    };

    ip = lib.mkOption {
      type = lib.types.strMatching "([0-9]{1,3}[.]){3}[0-9]{1,3}";
      example = "10.69.50.10";
      description = "The support VM's VLAN address (its static DHCP lease).";
    };

    nfsAllowedNetwork = lib.mkOption {
      type = lib.types.str;
      example = "10.69.50.0/24";
      description = "Clients allowed to mount the NFS exports.";
    };

    teleportClusterName = lib.mkOption {
      type = lib.types.str;
      default = "homelab";
      description = "Teleport cluster name.";
    };
    clusters = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "kss"
        "kcs"
      ];
      description = "Names of the Kubernetes clusters the support VM serves (each gets its own Teleport join token).";
    };

    zitiDomain = lib.mkOption {
      type = lib.types.str;
      example = "ziti.example.com";
      description = "Public name of the OpenZiti controller and edge router.";
    };

    secretsDir = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = contract.secretsDir;
      description = ''
        Directory the provisioner delivers secrets to over SSH (files root
        owned, mode 0600 unless an option says otherwise). Every `…File`
        option of the support services defaults to a file in it.
      '';
    };

    services = lib.genAttrs serviceNames (
      name:
      lib.mkOption {
        type = lib.types.bool;
        default = false;
        description = "Whether to run ${name}; the default of homelab.support.${name}.enable.";
      }
    );

    tls = {
      certificateFile = lib.mkOption {
        type = lib.types.strMatching "/.*";
        default = if cfg.acme.enable then "${acmeDir}/fullchain.pem" else "${cfg.secretsDir}/tls/wildcard.crt";
        defaultText = lib.literalExpression ''"/var/lib/acme/''${config.homelab.support.domain}/fullchain.pem" (with homelab.support.acme.enable), else "''${config.homelab.support.secretsDir}/tls/wildcard.crt"'';
        description = ''
          PEM certificate (with chain) for `*.<domain>` and `<domain>`, used
          by nginx and Teleport: the one security.acme obtains and renews
          (homelab.support.acme), or one the provisioner delivers. Either
          way both are reloaded when it changes.
        '';
      };

      certificateKeyFile = lib.mkOption {
        type = lib.types.strMatching "/.*";
        default = if cfg.acme.enable then "${acmeDir}/key.pem" else "${cfg.secretsDir}/tls/wildcard.key";
        defaultText = lib.literalExpression ''"/var/lib/acme/''${config.homelab.support.domain}/key.pem" (with homelab.support.acme.enable), else "''${config.homelab.support.secretsDir}/tls/wildcard.key"'';
        description = ''
          Private key of the certificate: owner root, group nginx, mode 0640
          (nginx runs unprivileged).
        '';
      };

      selfSignedFallback = lib.mkOption {
        type = lib.types.bool;
        default = true;
        description = ''
          Without ACME: whether to create a short-lived self-signed
          certificate at boot if none has been delivered yet, so nginx and
          Teleport can start (and the provisioner can reach the services)
          before the real one exists. (security.acme has its own placeholder.)
        '';
      };
    };
  };

  config = {
    assertions =
      map (name: {
        assertion = cfg.${name}.enable -> cfg.nginx.enable;
        message = "homelab.support.${name}.enable: ${name} listens on 127.0.0.1 only and is published by nginx; enable homelab.support.nginx as well";
      }) behindNginx
      ++ [
        {
          assertion = !lib.hasPrefix builtins.storeDir cfg.tls.certificateKeyFile;
          message = "homelab.support.tls.certificateKeyFile (${cfg.tls.certificateKeyFile}) is in the Nix store, which every local user can read";
        }
      ];

    # 0711: services running as their own users (nginx) may reach the files
    # they are given, but nobody can list what is here.
    systemd.tmpfiles.rules = [
      "d ${cfg.secretsDir} 0711 root root -"
    ]
    ++ lib.optional (tlsUsers && delivered && keyDir != cfg.secretsDir) "d ${keyDir} 0750 root ${
      if cfg.nginx.enable then "nginx" else "root"
    } -";

    # Docker publishes container ports through its own iptables chains,
    # which bypass the NixOS firewall. Binding published ports to loopback by
    # default keeps Harbor's and the Ziti console's HTTP ports private; a
    # container that must be public says so (or uses the host network).
    # https://docs.docker.com/engine/network/packet-filtering-firewalls/
    virtualisation.docker = lib.mkIf (cfg.harbor.enable || cfg.gitlabRunner.enable || cfg.ziti.enable) {
      enable = true;
      daemon.settings.ip = "127.0.0.1";
      autoPrune = {
        enable = true;
        dates = "weekly";
      };
    };

    systemd.services.homelab-tls-fallback = lib.mkIf (tlsUsers && delivered && cfg.tls.selfSignedFallback) {
      description = "Create a self-signed certificate until the real one is delivered";
      wantedBy = tlsServices;
      before = tlsServices;
      after = [ "systemd-tmpfiles-setup.service" ];
      path = [
        pkgs.coreutils
        pkgs.openssl
      ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        UMask = "0077";
      };
      script = ''
        cert=${lib.escapeShellArg cfg.tls.certificateFile}
        key=${lib.escapeShellArg cfg.tls.certificateKeyFile}
        if [ -s "$cert" ] && [ -s "$key" ]; then
          exit 0
        fi
        echo "no certificate delivered yet; creating a self-signed one valid for 30 days"
        mkdir -p "$(dirname "$cert")" "$(dirname "$key")"
        openssl req -x509 -newkey rsa:3072 -nodes -days 30 \
          -subj "/CN=*.${cfg.domain}" \
          -addext "subjectAltName=DNS:*.${cfg.domain},DNS:${cfg.domain}" \
          -keyout "$key" -out "$cert"
        chmod 0644 "$cert"
        ${lib.optionalString cfg.nginx.enable ''
          chgrp nginx "$key"
          chmod 0640 "$key"
        ''}
      '';
    };

    # Pick up a newly delivered certificate without a manual restart
    # (security.acme reloads them itself).
    systemd.paths.homelab-tls-reload = lib.mkIf (tlsUsers && delivered) {
      description = "Watch the TLS certificate";
      wantedBy = [ "multi-user.target" ];
      pathConfig.PathChanged = [
        cfg.tls.certificateFile
        cfg.tls.certificateKeyFile
      ];
    };
    systemd.services.homelab-tls-reload = lib.mkIf (tlsUsers && delivered) {
      description = "Reload the services that serve the TLS certificate";
      serviceConfig = {
        Type = "oneshot";
        ExecStart = "${config.systemd.package}/bin/systemctl try-reload-or-restart ${lib.concatStringsSep " " tlsServices}";
      };
    };
  };
}
