# Harbor, the registry the clusters pull through (proxy-cache projects for
# docker.io, ghcr.io, quay.io and gcr.io) and push to.
#
# nixpkgs has no Harbor module, and Harbor is a dozen containers whose
# configuration its installer generates. This runs it the way Harbor
# documents, under systemd: the unit downloads the installer of the pinned
# version once, renders harbor.yml from the settings below plus the secret
# files, runs Harbor's `prepare` (which writes docker-compose.yml and the
# per-container configuration) and starts the stack with docker-compose;
# stopping the unit stops the stack. A switch that changes the settings
# restarts the unit, which re-renders and re-prepares.
# https://goharbor.io/docs/2.14.0/install-config/
#
# Images and charts live in MinIO (bucket `s3Bucket`, created by the
# provisioner); Harbor's database, Redis and Trivy data live in dataDir.
# Projects, proxy caches and robot accounts are managed by the CDKTF stacks
# through Harbor's API. nginx publishes it as harbor.<domain>.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  support = config.homelab.support;
  cfg = support.harbor;
  helpers = import ./lib.nix { inherit lib; };

  installerUrl = "https://github.com/goharbor/harbor/releases/download/${cfg.version}/harbor-online-installer-${cfg.version}.tgz";
  installerDir = "${cfg.dataDir}/installer/${cfg.version}";
  localMinio = "http://${support.ip}:${toString support.minio.apiPort}";
  compose = "${pkgs.docker-compose}/bin/docker-compose --project-directory ${installerDir} --file ${installerDir}/docker-compose.yml";

  # harbor.yml without its secrets, which are filled in when the unit starts.
  settings = {
    hostname = "harbor.${support.domain}";
    # Harbor's own nginx speaks plain HTTP on loopback (Docker publishes it
    # there, see support/default.nix); TLS ends at the host's nginx.
    http.port = cfg.httpPort;
    external_url = "https://harbor.${support.domain}";
    harbor_admin_password = null;
    database = {
      password = null;
      max_idle_conns = 100;
      max_open_conns = 900;
      conn_max_lifetime = "5m";
      conn_max_idle_time = 0;
    };
    data_volume = "${cfg.dataDir}/data";
    storage_service.s3 = {
      accesskey = null;
      secretkey = null;
      region = support.minio.region;
      regionendpoint = cfg.s3Endpoint;
      bucket = cfg.s3Bucket;
      secure = lib.hasPrefix "https://" cfg.s3Endpoint;
      v4auth = true;
      chunksize = 5242880;
      rootdirectory = "/";
    };
    trivy = {
      ignore_unfixed = false;
      skip_update = false;
      skip_java_db_update = false;
      offline_scan = false;
      security_check = "vuln";
      insecure = false;
      timeout = "5m0s";
    };
    jobservice = {
      max_job_workers = 10;
      job_loggers = [
        "STD_OUTPUT"
        "FILE"
      ];
      logger_sweeper_duration = 1;
    };
    notification = {
      webhook_job_max_retry = 3;
      webhook_job_http_client_timeout = 3;
    };
    log = {
      level = "info";
      local = {
        rotate_count = 50;
        rotate_size = "200M";
        location = "/var/log/harbor";
      };
    };
    _version = lib.removePrefix "v" cfg.version;
  };
  settingsFile = (pkgs.formats.json { }).generate "harbor-settings.json" settings;

  start = pkgs.writeShellScript "harbor-start" ''
    set -euo pipefail
    installer=${lib.escapeShellArg installerDir}

    if [ ! -x "$installer/prepare" ]; then
      tmp=$(mktemp -d)
      trap 'rm -rf "$tmp"' EXIT
      echo "downloading Harbor ${cfg.version}"
      curl --fail --silent --show-error --location --retry 5 \
        --output "$tmp/harbor.tgz" ${lib.escapeShellArg installerUrl}
      ${lib.optionalString (cfg.installerSha256 != null) ''
        echo "${cfg.installerSha256}  $tmp/harbor.tgz" | sha256sum --check --strict
      ''}
      mkdir -p "$installer"
      tar -xzf "$tmp/harbor.tgz" -C "$installer" --strip-components=1 --no-same-owner
    fi

    # Secrets go in through jq (any character is safe in a JSON string) and
    # the result is turned into YAML, because `prepare` greps harbor.yml for
    # the plain `data_volume: …` line.
    (
      umask 077
      jq \
        --rawfile admin ${lib.escapeShellArg cfg.adminPasswordFile} \
        --rawfile db ${lib.escapeShellArg cfg.databasePasswordFile} \
        --rawfile s3key ${lib.escapeShellArg cfg.s3AccessKeyFile} \
        --rawfile s3secret ${lib.escapeShellArg cfg.s3SecretKeyFile} \
        '.harbor_admin_password = ($admin | rtrimstr("\n"))
         | .database.password = ($db | rtrimstr("\n"))
         | .storage_service.s3.accesskey = ($s3key | rtrimstr("\n"))
         | .storage_service.s3.secretkey = ($s3secret | rtrimstr("\n"))' \
        ${settingsFile} \
        | yq --input-format json --output-format yaml > "$installer/harbor.yml"
    )

    cd "$installer"
    bash ./prepare --with-trivy
    ${compose} up --detach --remove-orphans
  '';
in
{
  options.homelab.support.harbor = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "harbor";
    };

    version = lib.mkOption {
      type = lib.types.strMatching "v[0-9]+[.][0-9]+[.][0-9]+";
      default = "v2.14.2";
      description = ''
        Harbor release. Each version is installed in its own directory;
        read Harbor's upgrade notes before changing it.
      '';
    };

    installerSha256 = lib.mkOption {
      type = lib.types.nullOr (lib.types.strMatching "[0-9a-f]{64}");
      default = null;
      description = ''
        SHA-256 of the online installer tarball of `version`. When set, a
        download that does not match is refused; when null, the download is
        trusted on the strength of GitHub's TLS alone.
      '';
    };

    dataDir = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/var/lib/harbor";
      description = "Installer, generated configuration and Harbor's data volume.";
    };

    httpPort = lib.mkOption {
      type = lib.types.port;
      default = 8080;
      description = "Port of Harbor's own HTTP endpoint on 127.0.0.1.";
    };

    s3Endpoint = lib.mkOption {
      type = lib.types.strMatching "https?://.*";
      default = localMinio;
      defaultText = lib.literalExpression ''"http://''${config.homelab.support.ip}:''${toString config.homelab.support.minio.apiPort}"'';
      description = ''
        S3 endpoint for images and charts. The default is this VM's MinIO,
        addressed by its VLAN IP because the containers cannot use the
        host's loopback.
      '';
    };

    s3Bucket = lib.mkOption {
      type = lib.types.str;
      default = "harbor";
      description = "Bucket holding Harbor's blobs (created by the provisioner).";
    };

    adminPasswordFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.harbor.adminPassword;
      description = "Initial password of Harbor's `admin` user.";
    };

    databasePasswordFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.harbor.dbPassword;
      description = "Password of Harbor's internal PostgreSQL.";
    };

    s3AccessKeyFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.harbor.s3AccessKey;
      description = "S3 access key Harbor uses for `s3Bucket`.";
    };

    s3SecretKeyFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.harbor.s3SecretKey;
      description = "S3 secret key matching `s3AccessKeyFile`.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.s3Endpoint == localMinio -> support.minio.enable;
        message = "homelab.support.harbor.s3Endpoint is this VM's MinIO (${localMinio}) but homelab.support.minio is not enabled";
      }
    ]
    ++ helpers.secretsOutsideStore "harbor" {
      inherit (cfg)
        adminPasswordFile
        databasePasswordFile
        s3AccessKeyFile
        s3SecretKeyFile
        ;
    };

    systemd.services.harbor = {
      description = "Harbor container registry (docker-compose)";
      wantedBy = [ "multi-user.target" ];
      requires = [ "docker.service" ];
      wants = [ "network-online.target" ];
      after = [
        "docker.service"
        "network-online.target"
      ]
      ++ lib.optional support.minio.enable "minio.service";
      path = [
        config.virtualisation.docker.package
        pkgs.bash
        pkgs.coreutils
        pkgs.curl
        pkgs.gawk
        pkgs.gnugrep
        pkgs.gnused
        pkgs.gnutar
        pkgs.gzip
        pkgs.jq
        pkgs.yq-go
      ];
      restartTriggers = [ settingsFile ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        ExecStart = start;
        ExecStop = "${compose} down";
        # First start pulls the installer and a dozen images.
        TimeoutStartSec = "30min";
      };
    };

    homelab.waitForFiles.harbor = [
      cfg.adminPasswordFile
      cfg.databasePasswordFile
      cfg.s3AccessKeyFile
      cfg.s3SecretKeyFile
    ];

    # Harbor's containers run as their own users; the mounts below dataDir
    # are set up by Docker as root, so the tree itself can stay private.
    systemd.tmpfiles.rules = [ "d ${cfg.dataDir} 0700 root root -" ];
  };
}
