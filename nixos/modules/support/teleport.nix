# Teleport (auth, proxy and SSH service in one process): access to SSH, the
# clusters and web apps. It serves its own TLS on the web port with the
# certificate in homelab.support.tls, because clients connect to it with
# several protocols multiplexed on that port. Nodes and the clusters'
# teleport-kube-agent join with static tokens read from files.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.teleport;
  helpers = import ./lib.nix { inherit lib; };
  publicName = "teleport.${support.domain}";
  public = port: "${publicName}:${toString port}";
  anyAddress = port: "0.0.0.0:${toString port}";
in
{
  options.homelab.support.teleport = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "teleport";
    };

    webPort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.teleport.web;
      description = "HTTPS port of the web UI and of the multiplexed proxy.";
    };

    sshPort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.teleport.ssh;
      description = "Port of the SSH proxy.";
    };

    tunnelPort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.teleport.tunnel;
      description = "Port of the reverse tunnel agents dial in on.";
    };

    kubePort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.teleport.kube;
      description = "Port of the Kubernetes proxy.";
    };

    nodeJoinTokenFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.teleport.nodeToken;
      description = "Static join token for SSH nodes (one token per line).";
    };

    kubeJoinTokenFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.teleport.kubeToken;
      description = "Static join token for Kubernetes and app agents that belong to no single cluster.";
    };
    clusterJoinTokenFiles = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = lib.genAttrs support.clusters (
        cluster: "${support.secretsDir}/${helpers.contract.secretFiles.teleport.clusterKubeTokenPrefix}${cluster}"
      );
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

    homelab.waitForFiles.teleport = [
      cfg.nodeJoinTokenFile
      cfg.kubeJoinTokenFile
    ]
    ++ lib.attrValues cfg.clusterJoinTokenFiles;

    networking.firewall.allowedTCPPorts = [
      cfg.webPort
      cfg.sshPort
      cfg.tunnelPort
      cfg.kubePort
    ];
  };
}
