# GitLab CE from nixpkgs' module (PostgreSQL, Redis and Gitaly on this VM),
# published by nginx as gitlab.<domain>. Git over SSH has an sshd of its own
# on an extra port (gitlab-shell is its AuthorizedKeysCommand), so the
# admin's port 22 and Git's port stay apart, and Git's host key is the one
# OpenTofu generates (base stack), which clients such as ArgoCD pin.
{ config, lib, pkgs, ... }:
let
  support = config.homelab.support;
  cfg = support.gitlab;
  helpers = import ./lib.nix { inherit lib; };
  files = helpers.contract.secretFiles.gitlab;
  secret =
    fileName: description:
    helpers.mkSecretFileOption {
      inherit support fileName description;
    };
  secretFiles = {
    inherit (cfg)
      initialRootPasswordFile
      secretFile
      dbFile
      otpFile
      jwsFile
      activeRecordPrimaryKeyFile
      activeRecordDeterministicKeyFile
      activeRecordSaltFile
      sshHostKeyFile
      ;
  };
  gitlabUser = config.services.gitlab.user;
  # sshd runs an AuthorizedKeysCommand only from a root-owned path outside writable directories.
  keysCommand = "/etc/ssh/gitlab-shell-authorized-keys-check";
  sshdConfig = pkgs.writeText "gitlab-sshd_config" ''
    Port ${toString cfg.sshPort}
    HostKey ${cfg.sshHostKeyFile}
    PidFile /run/gitlab-sshd/sshd.pid
    AllowUsers ${gitlabUser}
    PermitRootLogin no
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    AuthenticationMethods publickey
    AuthorizedKeysFile none
    AuthorizedKeysCommand ${keysCommand} ${gitlabUser} %u %k
    AuthorizedKeysCommandUser ${gitlabUser}
    AllowTcpForwarding no
    AllowAgentForwarding no
    X11Forwarding no
    PermitTTY no
  '';
in
{
  options.homelab.support.gitlab = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "gitlab";
    };

    sshPort = lib.mkOption {
      type = lib.types.port;
      default = helpers.contract.ports.gitlab.ssh;
      description = "Port Git over SSH is offered on (sshd listens on it in addition to 22).";
    };

    initialRootPasswordFile = secret files.rootPassword "Initial password of GitLab's `root` user.";
    secretFile = secret files.secret "Rails `secret_key_base` (random, at least 30 characters).";
    dbFile = secret files.db "Rails `db_key_base`, encrypting secrets in the database (random, at least 30 characters).";
    otpFile = secret files.otp "Rails `otp_key_base` for two-factor secrets (random, at least 30 characters).";
    jwsFile = secret files.jws "RSA private key (PEM) signing GitLab's JWTs (`openssl genrsa 2048`).";
    activeRecordPrimaryKeyFile = secret files.activeRecordPrimaryKey "Active Record encryption primary key (random, 32 characters).";
    activeRecordDeterministicKeyFile = secret files.activeRecordDeterministicKey "Active Record encryption deterministic key (random, 32 characters).";
    activeRecordSaltFile = secret files.activeRecordSalt "Active Record encryption key derivation salt (random, 32 characters).";
    sshHostKeyFile = secret files.sshHostKey "ED25519 host key (OpenSSH private key) of the sshd serving Git on sshPort; its public half is pinned by clients.";
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "gitlab" secretFiles;

    services.gitlab = {
      enable = true;
      host = "gitlab.${support.domain}";
      port = 443;
      https = true;
      inherit (cfg) initialRootPasswordFile;
      secrets = {
        inherit (cfg)
          secretFile
          dbFile
          otpFile
          jwsFile
          activeRecordPrimaryKeyFile
          activeRecordDeterministicKeyFile
          activeRecordSaltFile
          ;
      };
      # The VM is shared with a dozen other services.
      puma.workers = 2;
      # Shown in clone URLs, which GitLab builds as ssh://<services.gitlab.user>@<host>:<port>/…
      # (the user sshd lets in with the project keys); Argo CD gets the URL GitLab reports.
      extraConfig.gitlab_shell.ssh_port = cfg.sshPort;
    };

    environment.etc."ssh/gitlab-shell-authorized-keys-check" = {
      mode = "0755";
      text = ''
        #!/bin/sh
        exec ${config.services.gitlab.packages.gitlab-shell}/bin/gitlab-shell-authorized-keys-check "$@"
      '';
    };
    systemd.services.gitlab-sshd = {
      description = "OpenSSH server for Git over SSH (GitLab)";
      wantedBy = [ "multi-user.target" ];
      after = [
        "network.target"
        "gitlab.service"
      ];
      serviceConfig = {
        ExecStartPre = "${config.services.openssh.package}/bin/sshd -t -f ${sshdConfig}";
        ExecStart = "${config.services.openssh.package}/bin/sshd -D -e -f ${sshdConfig}";
        ExecReload = "${pkgs.coreutils}/bin/kill -HUP $MAINPID";
        RuntimeDirectory = "gitlab-sshd";
        Restart = "always";
      };
      # A new host key is delivered as a file: sshd reads it at start.
      restartTriggers = [ sshdConfig ];
    };
    networking.firewall.allowedTCPPorts = [ cfg.sshPort ];

    # gitlab-config renders the secrets into GitLab's configuration; the
    # other GitLab units depend on it.
    homelab.waitForFiles = {
      gitlab-config = lib.attrValues secretFiles;
      gitlab = lib.attrValues secretFiles;
      gitlab-sshd = [ cfg.sshHostKeyFile ];
    };
  };
}
