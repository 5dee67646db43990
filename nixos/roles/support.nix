# The support VM: the shared services every cluster uses (OpenBao, MinIO,
# NFS, Harbor, Keycloak, Teleport, GitLab, OpenZiti) behind one nginx.
# Which of them run is decided per service by homelab.support.services.
{ ... }:
{
  imports = [
    ../modules/common.nix
    ../modules/network.nix
    ../modules/support
  ];
}
