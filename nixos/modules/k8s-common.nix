# Shared by every Kubernetes node (RKE2 server and agent): the cluster
# options, kernel and sysctl prerequisites, the CNI's firewall needs, the
# Harbor registry mirrors, iSCSI for Longhorn, and the parts of RKE2's
# configuration both roles have.
#
# RKE2 itself runs from nixpkgs' services.rke2 module. Whatever that module
# has an option for is set there; everything else goes through
# homelab.cluster.rke2Settings into /etc/rancher/rke2/config.yaml.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.cluster;
  contract = builtins.fromJSON (builtins.readFile ../contract.json);
  # The Kubernetes minor is pinned (contract.json), not nixpkgs' rke2_stable of
  # the day: the GitOps tree is validated against that minor's API server.
  rke2Package = "rke2_${lib.replaceStrings [ "." ] [ "_" ] contract.kubernetesMinor}";
  yaml = pkgs.formats.yaml { };
  isCilium = cfg.cni == "cilium";
  hostName = config.networking.hostName;
  # RKE2's data directory. nixpkgs' module (services/cluster/rancher) has no
  # option for it and uses RKE2's default.
  dataDir = "/var/lib/rancher/rke2";
  # nixpkgs' module names the unit after the role (since NixOS 24.11).
  rke2Unit = "rke2-${cfg.role}";

  ipv4 = lib.types.strMatching "([0-9]{1,3}[.]){3}[0-9]{1,3}";
  ipv4Cidr = lib.types.strMatching "([0-9]{1,3}[.]){3}[0-9]{1,3}/[0-9]{1,2}";

  configFile = yaml.generate "rke2-config.yaml" cfg.rke2Settings;

  # containerd pulls from these registries through Harbor's proxy-cache
  # projects, which are named after the upstream registry (docker.io/…).
  mirroredRegistries = [
    "docker.io"
    "ghcr.io"
    "quay.io"
    "gcr.io"
  ];
  harborEndpoint = "https://${cfg.harborAddr}";
  registriesFile = yaml.generate "rke2-registries.yaml" {
    mirrors =
      lib.genAttrs mirroredRegistries (upstream: {
        endpoint = [ harborEndpoint ];
        rewrite."^(.*)$" = "${upstream}/$1";
      })
      // {
        ${cfg.harborAddr}.endpoint = [ harborEndpoint ];
      };
    # Harbor's certificate may come from Vault's PKI; containerd adds this
    # file to the system roots instead of skipping verification.
    configs.${cfg.harborAddr}.tls.ca_file = config.homelab.vaultCa.bundleFile;
  };

  # Pods may not reach the management network at all, nor the router's
  # management and infrastructure services. UDP 53 stays open: CoreDNS runs
  # in the pod network and forwards to the router. The chain hangs off the
  # mangle table: Calico's Felix inserts its own rules at the top of the
  # filter table's FORWARD chain and ACCEPTs pod traffic there, which would
  # end the traversal before any filter rule of ours
  # (https://docs.tigera.io/calico/latest/reference/felix/configuration,
  # ChainInsertMode). A DROP in mangle/FORWARD runs before the filter table.
  gatewayBlockedTcpPorts = [
    22
    53
    80
    179
    443
    8443
  ];
  podEgressChain = "homelab-pod-egress";
  podEgressStart = ''
    iptables -t mangle -N ${podEgressChain} 2>/dev/null || iptables -t mangle -F ${podEgressChain}
    iptables -t mangle -A ${podEgressChain} -d ${cfg.managementCidr} -j DROP
    ${lib.concatMapStrings (port: ''
      iptables -t mangle -A ${podEgressChain} -d ${cfg.gatewayIp}/32 -p tcp --dport ${toString port} -j DROP
    '') gatewayBlockedTcpPorts}
    iptables -t mangle -C FORWARD -s ${cfg.podCidr} -j ${podEgressChain} 2>/dev/null \
      || iptables -t mangle -I FORWARD 1 -s ${cfg.podCidr} -j ${podEgressChain}
  '';
  podEgressStop = ''
    iptables -t mangle -D FORWARD -s ${cfg.podCidr} -j ${podEgressChain} 2>/dev/null || true
    iptables -t mangle -F ${podEgressChain} 2>/dev/null || true
    iptables -t mangle -X ${podEgressChain} 2>/dev/null || true
  '';

  # RKE2 runs with KillMode=process, so stopping it leaves the containerd
  # shims, and every container under them, running: stale kube-apiserver or
  # etcd processes then hold their ports and the next start fails. RKE2 ships
  # rke2-killall.sh for this; nixpkgs' ExecStopPost only kills processes named
  # containerd/kubelet. This kills each shim's process tree and detaches the
  # mounts the pods leave behind.
  # https://docs.k3s.io/upgrades/killall (same behaviour in RKE2),
  # https://github.com/rancher/rke2/discussions/8665
  killLeftovers = pkgs.writeShellScript "rke2-kill-leftovers" ''
    set -u
    export PATH=${
      lib.makeBinPath [
        pkgs.coreutils
        pkgs.findutils
        pkgs.gawk
        pkgs.procps
        pkgs.util-linux
      ]
    }

    # All descendants of the given PIDs, children before parents.
    descendants() {
      local pid child
      for pid in "$@"; do
        for child in $(pgrep -P "$pid"); do
          descendants "$child"
          echo "$child"
        done
      done
    }

    shims=$(pgrep -f '^${dataDir}/data/[^/]+/bin/containerd-shim' || true)
    if [ -n "$shims" ]; then
      # Killing only the shim would reparent its containers to PID 1.
      echo "killing leftover containerd-shim trees: $shims"
      kill -9 $(descendants $shims) $shims 2>/dev/null || true
    fi

    awk '$2 ~ "^(/run/k3s/|/var/lib/kubelet/pods/|/run/netns/cni-)" { print $2 }' /proc/self/mounts \
      | sort -r | xargs -r umount --lazy 2>/dev/null || true
  '';
in
{
  imports = [ ./vault-ca.nix ];

  options.homelab.cluster = {
    role = lib.mkOption {
      type = lib.types.nullOr (
        lib.types.enum [
          "server"
          "agent"
        ]
      );
      default = null;
      description = ''
        RKE2 role of this node. Set by the role file: roles/master.nix sets
        `server`, roles/worker.nix sets `agent`; host.json does not carry it.
      '';
    };

    name = lib.mkOption {
      type = lib.types.strMatching "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
      example = "kss";
      description = "Cluster name (a DNS label).";
    };

    domain = lib.mkOption {
      type = lib.types.str;
      example = "kss.lab.example.com";
      description = "DNS domain of the cluster; node FQDNs are `<hostname>.<domain>`.";
    };

    nodeIp = lib.mkOption {
      type = ipv4;
      example = "10.69.50.31";
      description = "This node's address on the VLAN; RKE2 advertises it as the node IP.";
    };

    masterIp = lib.mkOption {
      type = lib.types.nullOr ipv4;
      default = null;
      example = "10.69.50.20";
      description = "VLAN address of the RKE2 server. Agents join `https://<masterIp>:9345`.";
    };

    masterHostname = lib.mkOption {
      type = lib.types.str;
      example = "kss-master";
      description = "Hostname of the RKE2 server.";
    };

    cni = lib.mkOption {
      type = lib.types.enum [
        "canal"
        "cilium"
      ];
      default = "canal";
      description = ''
        CNI of the cluster. `canal` is RKE2's default (Calico policy over
        Flannel VXLAN) with kube-proxy. `cilium` makes RKE2 deploy no CNI and
        no kube-proxy; Cilium (with kube-proxy replacement and BGP) is then
        installed by GitOps.
      '';
    };

    vaultAddr = lib.mkOption {
      type = lib.types.strMatching "https?://[^/]+";
      example = "https://vault.support.lab.example.com";
      description = "Vault/OpenBao address. The node fetches and trusts its root CA from `<vaultAddr>/v1/pki/ca/pem`.";
    };

    vaultAuthMount = lib.mkOption {
      type = lib.types.str;
      default = "kubernetes";
      description = ''
        Vault Kubernetes auth mount of this cluster. The node itself does not
        use it; it is published in /etc/homelab/cluster.json for operators.
      '';
    };

    vaultNamespace = lib.mkOption {
      type = lib.types.str;
      default = "";
      example = "kss";
      description = ''
        Vault namespace of this cluster. The node itself does not use it; it
        is published in /etc/homelab/cluster.json for operators.
      '';
    };

    harborAddr = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "harbor.support.lab.example.com";
      description = ''
        Harbor hostname. When set, containerd pulls docker.io, ghcr.io,
        quay.io and gcr.io images through Harbor's proxy-cache projects of
        the same names (and falls back to the upstream registry).
      '';
    };

    gatewayIp = lib.mkOption {
      type = ipv4;
      example = "10.69.50.1";
      description = "The VLAN's router. With Canal, pods cannot reach its TCP ports 22, 53, 80, 179, 443 and 8443.";
    };

    managementCidr = lib.mkOption {
      type = ipv4Cidr;
      example = "10.69.10.0/24";
      description = "Management network. With Canal, pods cannot reach it at all.";
    };

    podCidr = lib.mkOption {
      type = ipv4Cidr;
      default = "10.42.0.0/16";
      description = "Pod network (RKE2 `cluster-cidr`).";
    };

    serviceCidr = lib.mkOption {
      type = ipv4Cidr;
      default = "10.43.0.0/16";
      description = "Service network (RKE2 `service-cidr`).";
    };

    oidc = {
      enabled = lib.mkOption {
        type = lib.types.bool;
        default = false;
        description = "Whether kube-apiserver accepts OIDC tokens from the cluster's Keycloak broker.";
      };

      issuerUrl = lib.mkOption {
        type = lib.types.nullOr lib.types.str;
        default = null;
        example = "https://auth.kss.lab.example.com/realms/broker";
        description = "OIDC issuer URL (must be https).";
      };

      clientId = lib.mkOption {
        type = lib.types.str;
        default = "kubernetes";
        description = "OIDC client ID that tokens must be issued for.";
      };
    };

    tokenFile = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/var/lib/homelab/secrets/rke2-token";
      description = ''
        File holding the cluster's join token. The provisioner writes the
        same token to the server and to every agent over SSH (mode 0600,
        root) before or after the switch; RKE2 starts once it is there. The
        server uses it as the cluster secret, so nothing is ever copied from
        the server to the agents.
      '';
    };

    nfs = {
      server = lib.mkOption {
        type = lib.types.nullOr lib.types.str;
        default = null;
        example = "10.69.50.10";
        description = "NFS server (the support VM) whose exports agents mount.";
      };

      exports = lib.mkOption {
        type = lib.types.listOf (lib.types.strMatching "[A-Za-z0-9._-]+");
        default = [ ];
        example = [
          "kubernetes-rwx"
          "backups"
        ];
        description = "Exports mounted on agents at `<mountRoot>/<name>`.";
      };

      exportRoot = lib.mkOption {
        type = lib.types.strMatching "/.*";
        default = "/export";
        description = "Directory on the server under which the exports live.";
      };

      mountRoot = lib.mkOption {
        type = lib.types.strMatching "/.*";
        default = "/mnt/nfs";
        description = "Directory on the node under which the exports are mounted.";
      };
    };

    rke2Settings = lib.mkOption {
      inherit (yaml) type;
      default = { };
      example = {
        kubelet-arg = [ "max-pods=150" ];
      };
      description = ''
        Settings written to /etc/rancher/rke2/config.yaml, in RKE2's config
        file syntax (<https://docs.rke2.io/install/configuration>). The
        modules put here what nixpkgs' services.rke2 has no option for;
        lists from several definitions are concatenated.
      '';
    };
  };

  config = lib.mkMerge [
    {
      assertions = [
        {
          assertion = cfg.role != null;
          message = "homelab.cluster.role is not set: import roles/master.nix (server) or roles/worker.nix (agent) instead of modules/k8s-common.nix alone";
        }
        {
          assertion = cfg.role == "agent" -> cfg.masterIp != null;
          message = "homelab.cluster.masterIp must be set on agents: they join https://<masterIp>:9345";
        }
        {
          assertion = cfg.role == "server" -> (cfg.masterIp == null || cfg.masterIp == cfg.nodeIp);
          message = "homelab.cluster.masterIp (${toString cfg.masterIp}) is not this server's homelab.cluster.nodeIp (${cfg.nodeIp}): agents would join the wrong address";
        }
        {
          assertion = cfg.oidc.enabled -> (cfg.oidc.issuerUrl != null && lib.hasPrefix "https://" cfg.oidc.issuerUrl);
          message = "homelab.cluster.oidc.enabled needs homelab.cluster.oidc.issuerUrl to be an https:// URL; kube-apiserver accepts no other issuer";
        }
        {
          assertion = !lib.hasPrefix builtins.storeDir cfg.tokenFile;
          message = "homelab.cluster.tokenFile (${cfg.tokenFile}) is in the Nix store, which every local user can read: point it at a root-only file delivered by the provisioner";
        }
        {
          assertion = cfg.cni == "canal" -> !config.networking.nftables.enable;
          message = "homelab.cluster.cni = \"canal\" installs its pod egress rules with iptables (networking.firewall.extraCommands), which the nftables firewall never runs: keep networking.nftables.enable = false";
        }
        {
          assertion = isCilium -> config.boot.kernel.sysctl."net.ipv4.conf.all.rp_filter" == 0;
          message = "homelab.cluster.cni = \"cilium\" needs boot.kernel.sysctl.\"net.ipv4.conf.all.rp_filter\" = 0 (something overrides it): Cilium routes asymmetrically and strict reverse-path filtering drops its traffic";
        }
      ];

      boot.kernelModules = [
        "br_netfilter"
        "overlay"
        "nf_conntrack"
        # IPVS, for kube-proxy in IPVS mode and Cilium's load balancer tests.
        "ip_vs"
        "ip_vs_rr"
        "ip_vs_wrr"
        "ip_vs_sh"
        # Longhorn: iSCSI frontend and encrypted volumes.
        "iscsi_tcp"
        "dm_crypt"
      ];

      boot.kernel.sysctl = {
        "net.ipv4.ip_forward" = 1;
        "net.ipv6.conf.all.forwarding" = 1;
        "net.bridge.bridge-nf-call-iptables" = 1;
        "net.bridge.bridge-nf-call-ip6tables" = 1;
        # Many pods watch many files (kubelet, log shippers, controllers).
        "fs.inotify.max_user_watches" = 1048576;
        "fs.inotify.max_user_instances" = 8192;
        "fs.file-max" = 2097152;
        "net.core.somaxconn" = 32768;
        "net.ipv4.tcp_max_syn_backlog" = 32768;
        "net.core.netdev_max_backlog" = 32768;
        "net.netfilter.nf_conntrack_max" = 1048576;
      };

      security.pam.loginLimits = [
        {
          domain = "*";
          type = "-";
          item = "nofile";
          value = "1048576";
        }
        {
          domain = "*";
          type = "-";
          item = "nproc";
          value = "unlimited";
        }
        {
          domain = "*";
          type = "-";
          item = "memlock";
          value = "unlimited";
        }
      ];

      # The kubelet refuses to run with swap enabled unless told otherwise,
      # and memory limits are only meaningful without it.
      swapDevices = lib.mkForce [ ];
      zramSwap.enable = lib.mkForce false;

      # Longhorn attaches volumes over iSCSI, so every node runs iscsid.
      services.openiscsi = {
        enable = true;
        name = "iqn.2005-03.org.open-iscsi:${hostName}";
      };

      environment.systemPackages = [
        pkgs.nfs-utils
        pkgs.openiscsi
      ];

      homelab.vaultCa = {
        enable = true;
        url = "${cfg.vaultAddr}/v1/pki/ca/pem";
      };

      services.rke2 = {
        enable = true;
        package = pkgs.${rke2Package};
        role = cfg.role;
        tokenFile = cfg.tokenFile;
        # Pinned to the static hostname: RKE2 would otherwise take the
        # kernel's hostname, which may still be the image's.
        nodeName = hostName;
        nodeIP = cfg.nodeIp;
        # Cilium's BGP control plane peers from nodes with this label.
        nodeLabel = lib.optional isCilium "bgp_enabled=true";
      };

      homelab.cluster.rke2Settings = lib.mkIf config.services.resolved.enable {
        # /etc/resolv.conf names resolved's stub (127.0.0.53), which is
        # unreachable from pods; give kubelet the real upstream servers.
        resolv-conf = "/run/systemd/resolve/resolv.conf";
      };

      environment.etc = {
        "rancher/rke2/config.yaml" = {
          source = configFile;
          mode = "0600";
        };
        "rancher/rke2/registries.yaml" = lib.mkIf (cfg.harborAddr != null) {
          source = registriesFile;
          mode = "0600";
        };
        # crictl talks to RKE2's containerd, not the default socket.
        "crictl.yaml".source = yaml.generate "crictl.yaml" {
          runtime-endpoint = "unix:///run/k3s/containerd/containerd.sock";
          image-endpoint = "unix:///run/k3s/containerd/containerd.sock";
          timeout = 10;
        };
        # Non-secret facts about the cluster, for operators and scripts.
        "homelab/cluster.json".text = builtins.toJSON {
          inherit (cfg)
            name
            domain
            role
            cni
            masterIp
            masterHostname
            vaultAddr
            vaultAuthMount
            vaultNamespace
            harborAddr
            ;
        };
      };

      # kubectl, crictl and ctr come with RKE2's runtime image.
      environment.extraInit = ''
        export PATH="$PATH:${dataDir}/bin"
      '';

      systemd.tmpfiles.rules = [ "d ${dirOf cfg.tokenFile} 0700 root root -" ];

      homelab.waitForFiles.${rke2Unit} = [ cfg.tokenFile ];

      systemd.services.${rke2Unit} = {
        # config.yaml and registries.yaml live in /etc, so a change to them
        # would not restart RKE2 by itself.
        restartTriggers = [ configFile ] ++ lib.optional (cfg.harborAddr != null) registriesFile;
        serviceConfig.ExecStopPost = [ "-${killLeftovers}" ];
      };
    }

    (lib.mkIf (!isCilium) {
      # Calico (Felix) refuses loose reverse-path filtering, which would let
      # pods spoof their source address; strict is what it expects.
      boot.kernel.sysctl = {
        "net.ipv4.conf.all.rp_filter" = 1;
        "net.ipv4.conf.default.rp_filter" = 1;
        "net.ipv4.conf.*.rp_filter" = 1;
      };

      networking.firewall = {
        allowedUDPPorts = [ 8472 ]; # Flannel VXLAN between nodes
        # Pod veths and the VXLAN device: pod-to-node traffic (kubelet,
        # metrics, DNS) arrives here and is policed by Calico, not by us.
        trustedInterfaces = [
          "cali+"
          "flannel.1"
        ];
        extraCommands = podEgressStart;
        extraStopCommands = podEgressStop;
      };
    })

    (lib.mkIf isCilium {
      # Cilium's datapath is asymmetric; strict reverse-path filtering (the
      # kernel's or the NixOS firewall's) drops its traffic.
      # https://docs.cilium.io/en/stable/operations/system_requirements/#systemd-based-distributions
      boot.kernel.sysctl = {
        "net.ipv4.conf.all.rp_filter" = 0;
        "net.ipv4.conf.default.rp_filter" = 0;
        "net.ipv4.conf.*.rp_filter" = 0;
      };

      networking.firewall = {
        checkReversePath = "loose";
        # cilium_host, cilium_net, cilium_vxlan, cilium_wg0 and the pods' lxc*
        # veths; Cilium enforces policy on them itself.
        trustedInterfaces = [
          "cilium_+"
          "lxc+"
        ];
        allowedTCPPorts = [
          4240 # cilium-health
          4244 # Hubble server
          4245 # Hubble relay
        ];
        allowedUDPPorts = [
          8472 # VXLAN overlay
          51871 # WireGuard transparent encryption
        ];
      };
    })
  ];
}
