# The RKE2 server (control plane and etcd) of a single-server cluster.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.cluster;
  yaml = pkgs.formats.yaml { };
  isCilium = cfg.cni == "cilium";
  hostName = config.networking.hostName;
  vaultCa = config.homelab.vaultCa;
  contract = builtins.fromJSON (builtins.readFile ../contract.json);

  # Who did what, without request or response bodies (Secrets and tokens
  # travel in bodies). Probes, leader-election leases and events are left
  # out: they are most of the volume and answer no audit question.
  auditPolicy = yaml.generate "rke2-audit-policy.yaml" {
    apiVersion = "audit.k8s.io/v1";
    kind = "Policy";
    omitStages = [ "RequestReceived" ];
    rules = [
      {
        level = "None";
        nonResourceURLs = [
          "/healthz*"
          "/livez*"
          "/readyz*"
          "/metrics"
          "/version"
        ];
      }
      {
        level = "None";
        resources = [
          {
            group = "coordination.k8s.io";
            resources = [ "leases" ];
          }
          {
            group = "";
            resources = [ "events" ];
          }
        ];
      }
      { level = "Metadata"; }
    ];
  };

  # The defaults (15s lease, 10s renew, 2s retry) make controller-manager and
  # scheduler lose their lease and restart whenever an overcommitted host
  # stalls the API server for a few seconds.
  leaderElection = [
    "leader-elect-lease-duration=60s"
    "leader-elect-renew-deadline=40s"
    "leader-elect-retry-period=8s"
  ];

  oidcArgs = lib.optionals cfg.oidc.enabled [
    "oidc-issuer-url=${cfg.oidc.issuerUrl}"
    "oidc-client-id=${cfg.oidc.clientId}"
    "oidc-username-claim=preferred_username"
    "oidc-username-prefix=oidc:"
    "oidc-groups-claim=groups"
    "oidc-groups-prefix=oidc:"
    # The issuer's certificate comes from cert-manager, usually issued by
    # Vault's PKI; the bundle holds that root next to the public ones.
    "oidc-ca-file=${vaultCa.bundleFile}"
  ];
in
{
  config = lib.mkIf (cfg.role == "server") {
    networking.firewall.allowedTCPPorts = [
      80 # ingress (HTTP)
      443 # ingress (HTTPS)
      contract.ports.rke2.apiServer # Kubernetes API
      contract.ports.rke2.supervisor # RKE2 supervisor: agents register here
      2379 # etcd clients
      2380 # etcd peers
      10250 # kubelet
      10257 # kube-controller-manager (metrics)
      10259 # kube-scheduler (metrics)
    ];

    services.rke2 = {
      cni = if isCilium then "none" else "canal";
      # Ingress is deployed by GitOps (nginx or Gateway API per cluster).
      disable = [ "rke2-ingress-nginx" ];
      # Workloads run on the workers only.
      nodeTaint = [ "node-role.kubernetes.io/control-plane:NoSchedule" ];
    };

    homelab.cluster.rke2Settings = {
      # The admin kubeconfig is cluster-admin: root only.
      write-kubeconfig-mode = "0600";
      tls-san = lib.unique [
        hostName
        "${hostName}.${cfg.domain}"
        cfg.nodeIp
      ];
      cluster-cidr = cfg.podCidr;
      service-cidr = cfg.serviceCidr;
      etcd-expose-metrics = true;

      # RKE2 mounts the policy into the kube-apiserver pod and writes the log
      # to <dataDir>/server/logs/audit.log.
      audit-policy-file = "${auditPolicy}";
      kube-apiserver-arg = [
        "audit-log-maxage=30"
        "audit-log-maxbackup=10"
        "audit-log-maxsize=100"
      ]
      ++ oidcArgs;
      kube-apiserver-extra-mount = lib.optionals cfg.oidc.enabled [
        "${vaultCa.directory}:${vaultCa.directory}:ro"
      ];
      kube-controller-manager-arg = leaderElection;
      kube-scheduler-arg = leaderElection;
    }
    // lib.optionalAttrs isCilium {
      # Cilium replaces kube-proxy.
      disable-kube-proxy = true;
    };

    # Root's kubectl finds the admin kubeconfig RKE2 writes.
    environment.variables.KUBECONFIG = "/etc/rancher/rke2/rke2.yaml";
  };
}
