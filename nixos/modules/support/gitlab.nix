# GitLab CE from nixpkgs' module (PostgreSQL, Redis and Gitaly on this VM),
# published by nginx as gitlab.<domain>. Git over SSH uses the system sshd
# (gitlab-shell is its AuthorizedKeysCommand) on an extra port, so the
# admin's port 22 and Git's port stay apart.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.gitlab;
  helpers = import ./lib.nix { inherit lib; };
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
      ;
  };
in
{
  options.homelab.support.gitlab = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "gitlab";
    };

    sshPort = lib.mkOption {
      type = lib.types.port;
      default = 2222;
      description = "Port Git over SSH is offered on (sshd listens on it in addition to 22).";
    };

    initialRootPasswordFile = secret "gitlab-root-password" "Initial password of GitLab's `root` user.";
    secretFile = secret "gitlab-secret" "Rails `secret_key_base` (random, at least 30 characters).";
    dbFile = secret "gitlab-db" "Rails `db_key_base`, encrypting secrets in the database (random, at least 30 characters).";
    otpFile = secret "gitlab-otp" "Rails `otp_key_base` for two-factor secrets (random, at least 30 characters).";
    jwsFile = secret "gitlab-jws" "RSA private key (PEM) signing GitLab's JWTs (`openssl genrsa 2048`).";
    activeRecordPrimaryKeyFile = secret "gitlab-ar-primary-key" "Active Record encryption primary key (random, 32 characters).";
    activeRecordDeterministicKeyFile = secret "gitlab-ar-deterministic-key" "Active Record encryption deterministic key (random, 32 characters).";
    activeRecordSaltFile = secret "gitlab-ar-salt" "Active Record encryption key derivation salt (random, 32 characters).";
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

    services.openssh.ports = [ cfg.sshPort ];
    networking.firewall.allowedTCPPorts = [ cfg.sshPort ];

    # gitlab-config renders the secrets into GitLab's configuration; the
    # other GitLab units depend on it.
    homelab.waitForFiles = {
      gitlab-config = lib.attrValues secretFiles;
      gitlab = lib.attrValues secretFiles;
    };
  };
}
