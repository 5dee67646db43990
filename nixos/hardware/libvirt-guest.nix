# A KVM guest defined by libvirt: virtio devices, the disk as /dev/vda with
# the root file system grown to the volume's size at boot, GRUB (BIOS) and
# the kernel on the serial console, so `virsh console` shows boot and login.
{ lib, modulesPath, ... }:
{
  imports = [ (modulesPath + "/profiles/qemu-guest.nix") ];

  nixpkgs.hostPlatform = lib.mkDefault "x86_64-linux";

  boot.loader.grub = {
    enable = true;
    device = "/dev/vda";
    extraConfig = ''
      serial --unit=0 --speed=115200
      terminal_input serial console
      terminal_output serial console
    '';
  };
  boot.loader.timeout = lib.mkDefault 1;
  # The last console= is /dev/console: boot messages and emergency shells
  # go to the serial port.
  boot.kernelParams = [
    "console=tty0"
    "console=ttyS0,115200n8"
  ];

  # The image is built small; libvirt volumes are larger. Grow the partition
  # in the initrd and the file system when it is mounted.
  boot.growPartition = true;
  fileSystems."/" = {
    device = "/dev/disk/by-label/nixos";
    fsType = "ext4";
    autoResize = true;
  };

  services.qemuGuest.enable = true;
}
