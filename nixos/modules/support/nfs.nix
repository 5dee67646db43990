# NFS server for the clusters: RWX volumes, backups and Longhorn's backup
# target, exported to the VLAN only.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.nfs;
  helpers = import ./lib.nix { inherit lib; };

  # The NFSv3 side-band daemons pick random ports by default; pinned, they
  # can be opened in the firewall.
  statdPort = 4000;
  lockdPort = 4001;
  mountdPort = 4002;
  ports = [
    111 # rpcbind
    2049 # nfsd
    statdPort
    lockdPort
    mountdPort
  ];

  exportModule = {
    options = {
      exportOptions = lib.mkOption {
        type = lib.types.str;
        default = "rw,sync,no_subtree_check,root_squash";
        description = "Options of the export line (exports(5)).";
      };
      owner = lib.mkOption {
        type = lib.types.str;
        default = "root";
        description = "Owner of the exported directory.";
      };
      group = lib.mkOption {
        type = lib.types.str;
        default = "root";
        description = "Group of the exported directory.";
      };
      mode = lib.mkOption {
        type = lib.types.strMatching "[0-7]{4}";
        default = "0755";
        description = "Mode of the exported directory.";
      };
    };
  };
in
{
  options.homelab.support.nfs = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "nfs";
    };

    exportRoot = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/export";
      description = "Directory holding the exports; clients mount `<exportRoot>/<name>`.";
    };

    exports = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule exportModule);
      # `insecure` admits client source ports above 1023, which
      # Kubernetes' NFS clients use once they are NATed or unprivileged.
      default = {
        # Dynamic RWX volumes: the provisioner creates a directory per
        # volume as root, and pods then own their files.
        kubernetes-rwx.exportOptions = "rw,sync,no_subtree_check,no_root_squash,insecure";
        # Root on a client is squashed to nobody, so nobody owns the tree.
        backups = {
          exportOptions = "rw,sync,no_subtree_check,root_squash,insecure";
          owner = "nobody";
          group = "nogroup";
          mode = "0770";
        };
        # Longhorn's backup target; Longhorn writes as root.
        longhorn.exportOptions = "rw,sync,no_subtree_check,no_root_squash,insecure";
      };
      description = "Exported directories below exportRoot, by name.";
    };
  };

  config = lib.mkIf cfg.enable {
    services.nfs.server = {
      enable = true;
      inherit statdPort lockdPort mountdPort;
      exports = lib.concatStrings (
        lib.mapAttrsToList (name: export: ''
          ${cfg.exportRoot}/${name} ${support.nfsAllowedNetwork}(${export.exportOptions})
        '') cfg.exports
      );
    };

    systemd.tmpfiles.rules = [
      "d ${cfg.exportRoot} 0755 root root -"
    ]
    ++ lib.mapAttrsToList (
      name: export: "d ${cfg.exportRoot}/${name} ${export.mode} ${export.owner} ${export.group} -"
    ) cfg.exports;

    networking.firewall = {
      allowedTCPPorts = ports;
      allowedUDPPorts = ports;
    };
  };
}
