# RKE2 server of a cluster (control plane and etcd; tainted against workloads).
{ ... }:
{
  imports = [
    ../modules/common.nix
    ../modules/network.nix
    ../modules/k8s-common.nix
    ../modules/rke2-server.nix
  ];

  homelab.cluster.role = "server";
}
