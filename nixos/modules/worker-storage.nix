# Storage on the workers: Longhorn's host prerequisites and the support VM's
# NFS exports.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.cluster.nfs;

  mountFor = export: {
    name = "${cfg.mountRoot}/${export}";
    value = {
      device = "${cfg.server}:${cfg.exportRoot}/${export}";
      fsType = "nfs";
      options = [
        "nfsvers=4.2"
        # Mounted on first access and released when idle, so a node boots
        # and runs even while the support VM is down.
        "noauto"
        "x-systemd.automount"
        "x-systemd.idle-timeout=300"
        "x-systemd.mount-timeout=30"
        "_netdev"
        # A dead server returns errors instead of hanging the processes
        # (kubelet included) that touch the mount forever.
        "soft"
        "timeo=100"
        "retrans=3"
      ];
    };
  };
in
{
  config = {
    assertions = [
      {
        assertion = cfg.exports != [ ] -> cfg.server != null;
        message = "homelab.cluster.nfs.exports is set but homelab.cluster.nfs.server is null: name the NFS server to mount from";
      }
    ];

    # dm_crypt (encrypted volumes) comes from k8s-common; snapshots need this.
    boot.kernelModules = [ "dm_snapshot" ];
    boot.supportedFilesystems.nfs = true;

    environment.systemPackages = [
      pkgs.cryptsetup
      pkgs.nfs-utils
      pkgs.openiscsi
    ];

    systemd.tmpfiles.rules = [
      "d /var/lib/longhorn 0700 root root -"
      # Longhorn runs iscsiadm on the host through nsenter with a fixed
      # FHS PATH, where NixOS has nothing.
      # https://github.com/longhorn/longhorn/issues/2166
      "L+ /usr/bin/iscsiadm - - - - /run/current-system/sw/bin/iscsiadm"
      "L+ /usr/sbin/iscsiadm - - - - /run/current-system/sw/bin/iscsiadm"
    ];

    fileSystems = lib.mkIf (cfg.server != null) (lib.listToAttrs (map mountFor cfg.exports));
  };
}
