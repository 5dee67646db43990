# A GitLab runner with the Docker executor. Jobs run in unprivileged
# containers; the runner is created in GitLab (by the provisioner, through
# GitLab's API) and its authentication token delivered as a file.
{ config, lib, ... }:
let
  support = config.homelab.support;
  cfg = support.gitlabRunner;
  helpers = import ./lib.nix { inherit lib; };
in
{
  options.homelab.support.gitlabRunner = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "gitlabRunner";
    };

    authenticationTokenConfigFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.gitlabRunner.environment;
      description = ''
        Environment file registering the runner with a runner
        authentication token: `CI_SERVER_URL=https://gitlab.<domain>` and
        `CI_SERVER_TOKEN=glrt-…`.
      '';
    };

    dockerImage = lib.mkOption {
      type = lib.types.str;
      default =
        if support.harbor.enable then
          "harbor.${support.domain}/docker.io/library/alpine:3"
        else
          "docker.io/library/alpine:3";
      defaultText = lib.literalMD "`alpine:3`, pulled through Harbor's docker.io proxy cache when Harbor runs";
      description = "Image for jobs that name none.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "gitlabRunner" {
      inherit (cfg) authenticationTokenConfigFile;
    };

    services.gitlab-runner = {
      enable = true;
      services.docker = {
        inherit (cfg) authenticationTokenConfigFile dockerImage;
        executor = "docker";
        dockerPrivileged = false;
        dockerVolumes = [ "/cache" ];
      };
    };

    homelab.waitForFiles.gitlab-runner = [ cfg.authenticationTokenConfigFile ];
  };
}
