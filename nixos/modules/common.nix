# Baseline for every VM: admin user, SSH with keys only, time, base tools,
# a static hostname and the Nix settings that let the VM rebuild itself.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.common;
in
{
  imports = [ ./wait-for-files.nix ];

  options.homelab.common = {
    adminUser = lib.mkOption {
      type = lib.types.strMatching "[a-z_][a-z0-9_-]*";
      default = "admin";
      example = "ops";
      description = ''
        Login of the administrator account. It can use sudo without a
        password (it has no password at all; SSH keys are the only way in) and
        is the account the provisioner uses after the first switch.
      '';
    };

    sshAuthorizedKeys = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... op@laptop" ];
      description = "Public SSH keys allowed to log in as the admin user.";
    };

    timeZone = lib.mkOption {
      type = lib.types.str;
      default = "UTC";
      example = "Europe/Stockholm";
      description = "Time zone of the VM (an IANA zone name).";
    };

    ntpServers = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "ntp.se"
        "time.cloudflare.com"
      ];
      description = ''
        NTP servers for systemd-timesyncd. Empty keeps NixOS' default pool,
        plus whatever the VLAN's DHCP server announces.
      '';
    };
  };

  config = {
    assertions = [
      {
        assertion = cfg.sshAuthorizedKeys != [ ];
        message = "homelab.common.sshAuthorizedKeys is empty: password login is disabled, so nobody could log in to ${config.networking.hostName}";
      }
      {
        assertion = cfg.adminUser != "root";
        message = "homelab.common.adminUser must not be root: root login over SSH is disabled";
      }
    ];

    time.timeZone = cfg.timeZone;
    services.timesyncd = {
      enable = true;
      servers = lib.mkIf (cfg.ntpServers != [ ]) cfg.ntpServers;
    };

    # Users are declared here only; keys and groups never drift from the model.
    users.mutableUsers = false;
    users.users.${cfg.adminUser} = {
      isNormalUser = true;
      description = "Homelab administrator";
      extraGroups = [ "wheel" ];
      openssh.authorizedKeys.keys = cfg.sshAuthorizedKeys;
    };
    # The admin has no password to type; SSH keys are the authentication.
    security.sudo.wheelNeedsPassword = false;

    services.openssh = {
      enable = true;
      # Listed explicitly so a module can add a port (GitLab's 2222) without
      # replacing 22. Ports are opened by the firewall rules of whoever needs
      # them, not implicitly by the SSH module.
      ports = [ 22 ];
      openFirewall = false;
      settings = {
        PasswordAuthentication = false;
        KbdInteractiveAuthentication = false;
        PermitRootLogin = "no";
      };
    };

    networking.firewall = {
      enable = true;
      allowedTCPPorts = [ 22 ];
    };

    environment.systemPackages = [
      pkgs.curl
      pkgs.dnsutils
      pkgs.git
      pkgs.htop
      pkgs.jq
      pkgs.openssl
      pkgs.rsync
      pkgs.tcpdump
      pkgs.tree
      pkgs.vim
      pkgs.wget
    ];

    # The VM keeps the hostname it booted with (the image's, or cloud-init's)
    # until the next reboot: `nixos-rebuild switch` rewrites /etc/hostname but
    # not the kernel's hostname, which the DHCP hostname option and
    # gethostname()-based agents read. (At boot systemd sets it from
    # /etc/hostname, and DHCP may not change it: see network.nix.) The script
    # embeds the name, so a rename changes the unit and the switch re-runs it.
    systemd.services.homelab-hostname = {
      description = "Set the kernel hostname to the static hostname";
      wantedBy = [ "multi-user.target" ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
      };
      script = ''
        printf '%s' ${lib.escapeShellArg config.networking.hostName} > /proc/sys/kernel/hostname
      '';
    };

    # The VM rebuilds itself from /etc/nixos (the provisioner copies nixos/
    # and host.json there). NIX_PATH points at the nixpkgs this system was
    # built from, so a rebuild never silently moves to another nixpkgs.
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
      gc = {
        automatic = true;
        dates = "weekly";
        options = "--delete-older-than 14d";
      };
    };

    boot.tmp.cleanOnBoot = true;
  };
}
