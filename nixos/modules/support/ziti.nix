# OpenZiti: the controller, the support VM's edge router and the admin
# console (ZAC). nixpkgs has no module for them, so they run from
# OpenZiti's images through virtualisation.oci-containers, as systemd units
# (docker-ziti-controller, docker-ziti-router, docker-ziti-console).
#
# Controller and router use the host network: they terminate their own
# mutual TLS, and it is the NixOS firewall, not Docker's NAT, that decides
# who reaches them. Ports:
#   2029  controller: control plane and management API with Ziti's own PKI (routers)
#   2030  controller: management API with the support VM's public certificate
#         (OpenTofu, the admin's login, ZAC in the browser), which their
#         system trust store accepts; Ziti's own CA is trusted by nothing there
#   2034  controller: client API (device enrolment and sessions)
#   2045  router: edge listener (tunnelled service traffic)
#   2046  router: link listener (the clusters' routers dial in)
# ZAC listens on 127.0.0.1 and is published by nginx as zac.<domain>.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  support = config.homelab.support;
  cfg = support.ziti;
  helpers = import ./lib.nix { inherit lib; };
  domain = support.zitiDomain;
  controllerDir = "${cfg.dataDir}/controller";
  routerDir = "${cfg.dataDir}/router";
  # OpenZiti's images run as this uid and own their data directories.
  zitiUid = "2171";

  ports = helpers.contract.ports.ziti;
  managementPort = ports.management;
  publicManagementPort = ports.publicManagement;
  clientPort = ports.client;
  edgePort = ports.edge;
  linkPort = ports.link;
  # The public listener's certificate and key, copied where the controller
  # (uid ${zitiUid}, inside its container) can read them.
  publicTlsDir = "${controllerDir}/public-tls";

  # The images write config.yml on first start. A few settings have no
  # environment variable, so they are patched into the generated file (once;
  # the check makes it idempotent) and the container is restarted.
  mkConfigPatch =
    {
      container,
      configFile,
      ready,
      patched,
      patch,
    }:
    {
      description = "Apply the homelab settings to ${container}'s generated config.yml";
      wantedBy = [ "docker-${container}.service" ];
      after = [ "docker-${container}.service" ];
      path = [
        config.systemd.package
        pkgs.coreutils
        pkgs.yq-go
      ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
      };
      script = ''
        config=${configFile}
        for _ in $(seq 1 60); do
          if [ -s "$config" ] && yq --exit-status ${lib.escapeShellArg ready} "$config" >/dev/null 2>&1; then
            break
          fi
          sleep 5
        done
        if [ "$(yq ${lib.escapeShellArg patched} "$config")" = true ]; then
          exit 0
        fi
        yq --inplace ${lib.escapeShellArg patch} "$config"
        chown ${zitiUid} "$config"
        systemctl restart --no-block docker-${container}.service
      '';
    };
in
{
  options.homelab.support.ziti = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "ziti";
    };

    controllerImage = lib.mkOption {
      type = lib.types.str;
      default = "docker.io/openziti/ziti-controller:1.6.14";
      description = "Controller image.";
    };

    routerImage = lib.mkOption {
      type = lib.types.str;
      default = "docker.io/openziti/ziti-router:1.6.14";
      description = "Router image (keep its version in step with the controller).";
    };

    apiCertificateFile = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = support.tls.certificateFile;
      defaultText = lib.literalExpression "config.homelab.support.tls.certificateFile";
      description = ''
        PEM certificate chain the controller's public management listener
        (port ${toString publicManagementPort}) presents. It must be publicly
        trusted and name the Ziti domain (`homelab.support.zitiDomain`), so
        that OpenTofu, curl and browsers accept it without Ziti's own CA.
        Re-copied for the controller, which is restarted, whenever it changes.
      '';
    };

    apiCertificateKeyFile = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = support.tls.certificateKeyFile;
      defaultText = lib.literalExpression "config.homelab.support.tls.certificateKeyFile";
      description = "Private key of `apiCertificateFile` (outside the Nix store).";
    };

    consoleImage = lib.mkOption {
      type = lib.types.str;
      default = "docker.io/openziti/zac:4.1.1";
      description = "Ziti Admin Console image.";
    };

    consolePort = lib.mkOption {
      type = lib.types.port;
      default = 1408;
      description = "Port of the admin console on 127.0.0.1.";
    };

    dataDir = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/var/lib/ziti";
      description = "PKI, database and generated configuration of controller and router.";
    };

    controllerEnvironmentFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.ziti.controllerEnvironment;
      description = "Environment file with `ZITI_PWD=<password of the controller's admin>`.";
    };

    routerEnvironmentFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.secretFiles.ziti.routerEnvironment;
      description = ''
        Environment file with `ZITI_ENROLL_TOKEN=<enrolment JWT>` of the
        support router, created on the controller by the provisioner. The
        router starts once it is delivered; after enrolling, it no longer
        needs the token.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "ziti" {
      inherit (cfg) controllerEnvironmentFile routerEnvironmentFile apiCertificateKeyFile;
    };

    virtualisation.oci-containers = {
      backend = "docker";
      containers = {
        ziti-controller = {
          image = cfg.controllerImage;
          user = zitiUid;
          cmd = [
            "run"
            "config.yml"
          ];
          volumes = [ "${controllerDir}:/ziti-controller" ];
          environment = {
            ZITI_CTRL_ADVERTISED_ADDRESS = domain;
            ZITI_CTRL_ADVERTISED_PORT = toString managementPort;
            ZITI_BOOTSTRAP = "true";
            ZITI_BOOTSTRAP_PKI = "true";
            ZITI_BOOTSTRAP_CONFIG = "true";
            ZITI_BOOTSTRAP_DATABASE = "true";
            ZITI_AUTO_RENEW_CERTS = "true";
          };
          environmentFiles = [ cfg.controllerEnvironmentFile ];
          extraOptions = [ "--network=host" ];
        };

        ziti-router = {
          image = cfg.routerImage;
          user = zitiUid;
          volumes = [ "${routerDir}:/ziti-router" ];
          environment = {
            ZITI_CTRL_ADVERTISED_ADDRESS = domain;
            ZITI_CTRL_ADVERTISED_PORT = toString managementPort;
            ZITI_ROUTER_ADVERTISED_ADDRESS = domain;
            ZITI_ROUTER_PORT = toString edgePort;
            # Hosts services for the overlay; no intercepting, so no extra
            # capabilities.
            ZITI_ROUTER_MODE = "host";
            ZITI_BOOTSTRAP = "true";
            ZITI_BOOTSTRAP_ENROLLMENT = "true";
            ZITI_AUTO_RENEW_CERTS = "true";
          };
          environmentFiles = [ cfg.routerEnvironmentFile ];
          extraOptions = [ "--network=host" ];
          dependsOn = [ "ziti-controller" ];
        };

        ziti-console = {
          image = cfg.consoleImage;
          ports = [ "127.0.0.1:${toString cfg.consolePort}:1408" ];
          # The browser talks to the controller itself: the publicly trusted listener.
          environment.ZAC_CONTROLLER_URLS = "https://${domain}:${toString publicManagementPort}";
        };
      };
    };

    systemd.services = {
      # The bootstrap serves every API on the management port. Clients get a
      # listener of their own, with only the client API, which is the one
      # exposed publicly; enrolment tokens name it. Operators and OpenTofu get
      # one with only the management API and the public certificate; its
      # `ca` stays Ziti's, which verifies client certificates, not this one.
      ziti-controller-config = mkConfigPatch {
        container = "ziti-controller";
        configFile = "${controllerDir}/config.yml";
        ready = ".web[0]";
        patched = ''[.web[].name] | contains(["client-external", "management-public"])'';
        patch = ''
          .web |= map(select(.name != "client-external" and .name != "management-public"))
          | .web += [ .web[0]
            | .name = "client-external"
            | .bindPoints = [{"interface": "0.0.0.0:${toString clientPort}", "address": "${domain}:${toString clientPort}"}]
            | .apis = [{"binding": "edge-client"}, {"binding": "health-checks"}] ]
          | .web += [ .web[0]
            | .name = "management-public"
            | .bindPoints = [{"interface": "0.0.0.0:${toString publicManagementPort}", "address": "${domain}:${toString publicManagementPort}"}]
            | .identity.cert = "/ziti-controller/public-tls/cert.pem"
            | .identity.server_cert = "/ziti-controller/public-tls/cert.pem"
            | .identity.key = "/ziti-controller/public-tls/key.pem"
            | del(.identity.alt_server_certs)
            | .apis = [{"binding": "edge-management"}, {"binding": "health-checks"}] ]
          | .edge.api.address = "${domain}:${toString clientPort}"
        '';
      };

      # The controller cannot read the certificate where it is kept (another
      # owner, and outside its volume): a copy it owns, before every start
      # and whenever the certificate changes (ACME renewals included).
      ziti-controller-public-tls = {
        description = "Copy the public certificate for the Ziti controller's management listener";
        wantedBy = [ "docker-ziti-controller.service" ];
        before = [ "docker-ziti-controller.service" ];
        path = [ pkgs.coreutils ];
        serviceConfig.Type = "oneshot";
        script = ''
          install -d -m 0700 -o ${zitiUid} -g ${zitiUid} ${publicTlsDir}
          install -m 0644 -o ${zitiUid} -g ${zitiUid} ${lib.escapeShellArg cfg.apiCertificateFile} ${publicTlsDir}/cert.pem
          install -m 0600 -o ${zitiUid} -g ${zitiUid} ${lib.escapeShellArg cfg.apiCertificateKeyFile} ${publicTlsDir}/key.pem
        '';
      };
      ziti-controller-public-tls-changed = {
        description = "Give the Ziti controller a renewed public certificate";
        path = [ config.systemd.package ];
        serviceConfig.Type = "oneshot";
        script = ''
          systemctl start ziti-controller-public-tls.service
          systemctl try-restart docker-ziti-controller.service
        '';
      };

      # Pin the edge listener and add the link listener the clusters'
      # routers dial into.
      ziti-router-config = mkConfigPatch {
        container = "ziti-router";
        configFile = "${routerDir}/config.yml";
        ready = ".listeners[0]";
        patched = ''.link.listeners[0].bind == "tls:0.0.0.0:${toString linkPort}"'';
        patch = ''
          (.listeners[] | select(.binding == "edge")) |= (
            .address = "tls:0.0.0.0:${toString edgePort}"
            | .options.advertise = "${domain}:${toString edgePort}")
          | .link.listeners = [{"binding": "transport", "bind": "tls:0.0.0.0:${toString linkPort}", "advertise": "tls:${domain}:${toString linkPort}"}]
          | .link.dialers = [{"binding": "transport"}]
        '';
      };
    };

    systemd.paths.ziti-controller-public-tls-changed = {
      description = "Watch the certificate of the Ziti controller's public management listener";
      wantedBy = [ "multi-user.target" ];
      pathConfig.PathChanged = [
        cfg.apiCertificateFile
        cfg.apiCertificateKeyFile
      ];
    };

    homelab.waitForFiles = {
      ziti-controller-public-tls = [
        cfg.apiCertificateFile
        cfg.apiCertificateKeyFile
      ];
      docker-ziti-controller = [ cfg.controllerEnvironmentFile ];
      docker-ziti-router = [ cfg.routerEnvironmentFile ];
    };

    systemd.tmpfiles.rules = [
      "d ${cfg.dataDir} 0755 root root -"
      "d ${controllerDir} 0700 ${zitiUid} ${zitiUid} -"
      "d ${routerDir} 0700 ${zitiUid} ${zitiUid} -"
    ];

    networking.firewall.allowedTCPPorts = [
      managementPort
      publicManagementPort
      clientPort
      edgePort
      linkPort
    ];
  };
}
