# Teleport (auth, proxy and SSH service in one process): access to SSH, the
# clusters and web apps. It serves its own TLS on the web port with the
# certificate in homelab.support.tls, because clients connect to it with
# several protocols multiplexed on that port. Nodes and the clusters'
# teleport-kube-agent join with static tokens read from files.
#
# Access: the roles `kube-admin` and `kube-viewer`, and the site's admins as
# local users. Teleport Community Edition has no OIDC or SAML connector (they
# are Teleport Enterprise features), so people cannot log in through
# Keycloak; teleport-bootstrap creates each admin with an invite link printed
# to its journal (`journalctl -u teleport-bootstrap`), where the admin sets a
# password and an OTP device.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  support = config.homelab.support;
  cfg = support.teleport;
  helpers = import ./lib.nix { inherit lib; };
  publicName = "teleport.${support.domain}";
  public = port: "${publicName}:${toString port}";
  anyAddress = port: "0.0.0.0:${toString port}";
  yaml = pkgs.formats.yaml { };

  # Teleport role v7: https://goteleport.com/docs/reference/access-controls/roles/
  roles = {
    kube-admin = {
      kind = "role";
      version = "v7";
      metadata = {
        name = "kube-admin";
        description = "Full access to every Kubernetes cluster and web app";
      };
      spec.allow = {
        kubernetes_groups = [ "system:masters" ];
        kubernetes_labels."*" = "*";
        kubernetes_resources = [
          {
            kind = "*";
            namespace = "*";
            name = "*";
            verbs = [ "*" ];
          }
        ];
        app_labels."*" = "*";
        logins = cfg.adminLogins;
      };
    };
    kube-viewer = {
      kind = "role";
      version = "v7";
      metadata = {
        name = "kube-viewer";
        description = "Read access to every Kubernetes cluster (as system:authenticated) and web app";
      };
      spec.allow = {
        kubernetes_groups = [ "system:authenticated" ];
        kubernetes_labels."*" = "*";
        kubernetes_resources = [
          {
            kind = "*";
            namespace = "*";
            name = "*";
            verbs = [
              "get"
              "list"
              "watch"
            ];
          }
        ];
        app_labels."*" = "*";
      };
    };
  };
  roleFiles = lib.mapAttrsToList (name: role: yaml.generate "teleport-role-${name}.yaml" role) roles;
  # The same file the service starts with (services.teleport passes it with --config), so
  # tctl finds the auth service and its data directory.
  teleportConfig = yaml.generate "teleport.yaml" config.services.teleport.settings;
  adminRoles = lib.concatStringsSep "," cfg.adminRoles;
in
{
  options.homelab.support.teleport = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "teleport";
    };

    webPort = lib.mkOption {
      type = lib.types.port;
      default = 3080;
      description = "HTTPS port of the web UI and of the multiplexed proxy.";
    };

    sshPort = lib.mkOption {
      type = lib.types.port;
      default = 3023;
      description = "Port of the SSH proxy.";
    };

    tunnelPort = lib.mkOption {
      type = lib.types.port;
      default = 3024;
      description = "Port of the reverse tunnel agents dial in on.";
    };

    kubePort = lib.mkOption {
      type = lib.types.port;
      default = 3026;
      description = "Port of the Kubernetes proxy.";
    };

    nodeJoinTokenFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = "teleport-node-token";
      description = "Static join token for SSH nodes (one token per line).";
    };

    kubeJoinTokenFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = "teleport-kube-token";
      description = "Static join token for Kubernetes and app agents that belong to no single cluster.";
    };
    admins = lib.mkOption {
      type = lib.types.listOf (lib.types.strMatching "[a-z0-9][a-z0-9._-]*");
      default = [ ];
      example = [ "alice" ];
      description = ''
        The site's admins, as local Teleport users with the roles in `adminRoles`. A new user gets
        an invite link (valid for an hour) in the journal of teleport-bootstrap.service;
        `tctl users reset <name>` makes a new one. A user removed from this list is removed from
        Teleport, once teleport-bootstrap created it.
      '';
    };

    adminRoles = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [
        "access"
        "editor"
        "kube-admin"
      ];
      description = "Roles of the users in `admins` (`access` and `editor` are Teleport's preset roles).";
    };

    adminLogins = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [
        "root"
        config.homelab.common.adminUser
      ];
      defaultText = lib.literalExpression ''[ "root" config.homelab.common.adminUser ]'';
      description = "OS logins the `kube-admin` role allows on SSH nodes.";
    };

    clusterJoinTokenFiles = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = lib.genAttrs support.clusters (cluster: "${support.secretsDir}/teleport-kube-token-${cluster}");
      defaultText = lib.literalExpression ''lib.genAttrs config.homelab.support.clusters (c: "''${config.homelab.support.secretsDir}/teleport-kube-token-''${c}")'';
      description = ''
        Static join token file of each cluster's Kubernetes and app agent, by cluster. One token per
        cluster means one cluster's token can be rotated or revoked without touching the others.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions =
      helpers.secretsOutsideStore "teleport" { inherit (cfg) nodeJoinTokenFile kubeJoinTokenFile; }
      ++ helpers.secretsOutsideStore "teleport.clusterJoinTokenFiles" cfg.clusterJoinTokenFiles;

    services.teleport = {
      enable = true;
      settings = {
        version = "v3";
        teleport = {
          nodename = config.networking.hostName;
          data_dir = "/var/lib/teleport";
          log.severity = "INFO";
        };

        auth_service = {
          enabled = true;
          cluster_name = support.teleportClusterName;
          authentication = {
            type = "local";
            second_factor = "otp";
          };
          # "roles:/path" makes Teleport read the token from the file.
          tokens = [
            "node:${cfg.nodeJoinTokenFile}"
            "kube,app:${cfg.kubeJoinTokenFile}"
          ]
          ++ lib.mapAttrsToList (_: file: "kube,app:${file}") cfg.clusterJoinTokenFiles;
        };

        proxy_service = {
          enabled = true;
          web_listen_addr = anyAddress cfg.webPort;
          public_addr = public cfg.webPort;
          listen_addr = anyAddress cfg.sshPort;
          ssh_public_addr = public cfg.sshPort;
          tunnel_listen_addr = anyAddress cfg.tunnelPort;
          tunnel_public_addr = public cfg.tunnelPort;
          kube_listen_addr = anyAddress cfg.kubePort;
          kube_public_addr = public cfg.kubePort;
          https_keypairs = [
            {
              cert_file = support.tls.certificateFile;
              key_file = support.tls.certificateKeyFile;
            }
          ];
          acme.enabled = false;
        };

        ssh_service = {
          enabled = true;
          labels.role = "support";
        };
      };
    };

    # Roles are applied on every start (`tctl create -f` replaces them), so the ones
    # here are the truth; users are added, updated to adminRoles, or removed.
    systemd.services.teleport-bootstrap = {
      description = "Create Teleport's roles and the site's admin users";
      wantedBy = [ "multi-user.target" ];
      after = [ "teleport.service" ];
      requires = [ "teleport.service" ];
      # Runs again whenever Teleport restarts, so a restored data directory gets its roles back.
      partOf = [ "teleport.service" ];
      path = [
        config.services.teleport.package
        pkgs.coreutils
        pkgs.gnugrep
        pkgs.jq
      ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        StateDirectory = "teleport-bootstrap";
        UMask = "0077";
      };
      script = ''
        tctl() { command tctl --config=${teleportConfig} "$@"; }
        for attempt in $(seq 1 60); do
          if tctl status >/dev/null 2>&1; then break; fi
          if [ "$attempt" = 60 ]; then
            echo "Teleport's auth service did not answer within 5 minutes" >&2
            exit 1
          fi
          sleep 5
        done

        ${lib.concatMapStringsSep "\n" (file: "tctl create -f ${file}") roleFiles}

        managed=/var/lib/teleport-bootstrap/users
        touch "$managed"
        existing=$(tctl get users --format=json | jq -r '(. // [])[].metadata.name')
        wanted=(${lib.escapeShellArgs cfg.admins})
        for user in "''${wanted[@]}"; do
          if grep -qxF "$user" <<<"$existing"; then
            tctl users update "$user" --set-roles=${adminRoles}
          else
            echo "creating Teleport user $user; send them the invite link below"
            tctl users add "$user" --roles=${adminRoles}
            grep -qxF "$user" "$managed" || echo "$user" >>"$managed"
          fi
        done
        # Users this unit created that are no longer admins lose their access; users made by
        # hand are left alone.
        created=$(cat "$managed")
        while IFS= read -r user; do
          [ -n "$user" ] || continue
          if ! printf '%s\n' "''${wanted[@]}" | grep -qxF "$user"; then
            if grep -qxF "$user" <<<"$existing"; then
              tctl users rm "$user"
            fi
            grep -vxF "$user" "$managed" >"$managed.new" || true
            mv "$managed.new" "$managed"
          fi
        done <<<"$created"
      '';
    };

    # teleport-bootstrap waits for what Teleport waits for: it would otherwise time out
    # waiting for an auth service that has not started.
    homelab.waitForFiles = lib.genAttrs [ "teleport" "teleport-bootstrap" ] (_: [
      cfg.nodeJoinTokenFile
      cfg.kubeJoinTokenFile
    ]);

    networking.firewall.allowedTCPPorts = [
      cfg.webPort
      cfg.sshPort
      cfg.tunnelPort
      cfg.kubePort
    ];
  };
}
