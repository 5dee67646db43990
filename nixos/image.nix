# The base image every VM is created from (a qcow2 volume in libvirt's
# pool). It holds just enough to be reached and configured: DHCP on every
# NIC, SSH with keys only, and cloud-init, which reads the NoCloud disk that
# libvirt attaches to install the provisioner's key for root and to set the
# hostname. The provisioner then copies nixos/ and the host's host.json to
# /etc/nixos and runs `nixos-rebuild switch`; from then on the host's role
# defines the system, and root can no longer log in over SSH.
{
  config,
  lib,
  pkgs,
  modulesPath,
  ...
}:
{
  imports = [ ./hardware/libvirt-guest.nix ];

  system.build.qcow2 = import (modulesPath + "/../lib/make-disk-image.nix") {
    inherit config lib pkgs;
    format = "qcow2";
    # BIOS boot with GRUB on /dev/vda (libvirt's default firmware); the root
    # partition carries the label hardware/libvirt-guest.nix mounts.
    partitionTableType = "legacy";
    diskSize = "auto";
    additionalSpace = "2048M";
    copyChannel = false;
  };

  # Which NIC is which is only known from host.json; until then every
  # Ethernet NIC asks DHCP.
  networking.useNetworkd = true;
  networking.useDHCP = false;
  systemd.network.networks."99-bootstrap" = {
    matchConfig.Type = "ether";
    networkConfig.DHCP = "ipv4";
    dhcpV4Config.UseHostname = false;
  };

  services.cloud-init = {
    enable = true;
    # Networking is ours (above); cloud-init only handles keys and hostname.
    network.enable = false;
  };

  services.openssh = {
    enable = true;
    settings = {
      PasswordAuthentication = false;
      KbdInteractiveAuthentication = false;
      PermitRootLogin = "prohibit-password";
    };
  };

  # The first rebuild on the VM uses the nixpkgs the image was built from.
  nix = {
    channel.enable = false;
    nixPath = [
      "nixpkgs=${pkgs.path}"
      "nixos-config=/etc/nixos/configuration.nix"
    ];
    settings.experimental-features = [
      "nix-command"
      "flakes"
    ];
  };
  environment.systemPackages = [ pkgs.git ];

  # The release the TypeScript side also writes into every host.json.
  system.stateVersion = (builtins.fromJSON (builtins.readFile ./contract.json)).stateVersion;
}
