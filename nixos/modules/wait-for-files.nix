# Start units only once the files they read exist.
#
# Secrets reach a VM from the provisioner over SSH, often after the first
# `nixos-rebuild switch`. A unit whose secret is still missing would fail, or
# flap forever under Restart=always, until someone restarts it by hand.
# Instead each listed unit gets ConditionPathExists= for its files (an unmet
# condition skips the unit without marking it failed) and a path unit starts
# it as soon as one of the files is written.
{ config, lib, ... }:
let
  cfg = config.homelab.waitForFiles;
in
{
  options.homelab.waitForFiles = lib.mkOption {
    type = lib.types.attrsOf (lib.types.listOf (lib.types.strMatching "/.*"));
    default = { };
    example = {
      rke2-agent = [ "/var/lib/homelab/secrets/rke2-token" ];
    };
    description = ''
      Systemd services (by name, without `.service`) that must not start
      until every listed file exists. Each one is started automatically when
      one of its files is created or rewritten.
    '';
  };

  config = lib.mkIf (cfg != { }) {
    systemd.services = lib.mapAttrs (_unit: files: {
      unitConfig.ConditionPathExists = files;
    }) cfg;

    # PathChanged= rather than PathExists=: PathExists= re-triggers whenever
    # the unit is inactive, so a unit waiting for a second file would be
    # started in a loop until systemd's trigger limit stops the path unit.
    systemd.paths = lib.mapAttrs' (
      unit: files:
      lib.nameValuePair "homelab-wait-${unit}" {
        description = "Start ${unit}.service once its input files exist";
        wantedBy = [ "multi-user.target" ];
        pathConfig = {
          PathChanged = files;
          Unit = "${unit}.service";
        };
      }
    ) cfg;
  };
}
