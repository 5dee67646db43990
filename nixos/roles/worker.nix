# RKE2 agent of a cluster: runs the workloads, Longhorn and the NFS mounts.
{ ... }:
{
  imports = [
    ../modules/common.nix
    ../modules/network.nix
    ../modules/k8s-common.nix
    ../modules/rke2-agent.nix
    ../modules/worker-storage.nix
  ];

  homelab.cluster.role = "agent";
}
