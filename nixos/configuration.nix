# Entry point on every VM. The provisioner copies this directory to
# /etc/nixos, writes the host's ./host.json next to this file (generated from
# the typed model; see tests/host-json-example-*.json) and runs
# `nixos-rebuild switch`.
#
# host.json is read with builtins rather than through `config`, because the
# role it names decides the imports, and imports cannot depend on config.
{ ... }:
let
  host = builtins.fromJSON (builtins.readFile ./host.json);
  roles = [
    "master"
    "worker"
    "support"
  ];
  role =
    if builtins.elem host.role roles then
      host.role
    else
      throw "host.json: role \"${toString host.role}\" is not one of: ${builtins.concatStringsSep ", " roles}";
in
{
  imports = [
    ./hardware/libvirt-guest.nix
    (./roles + "/${role}.nix")
  ];

  networking.hostName = host.hostname;
  homelab = host.homelab;
  system.stateVersion = host.stateVersion;
}
