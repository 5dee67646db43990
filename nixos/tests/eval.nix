# Evaluates the modules for one host without nixpkgs. nixpkgs' own NixOS
# options are replaced by a permissive stand-in that merges definitions the
# way their real types do (attribute sets recursively, lists concatenated,
# anything else must agree), and pkgs by placeholder derivations. So this
# checks our option declarations, types, defaults and assertions and the
# values we compute (firewall ports, RKE2 settings, units), not nixpkgs'
# modules themselves; `nix build` on a machine with nixpkgs does that.
#
# Needs only nixpkgs' lib:
#   nix-instantiate --eval --strict --json tests/eval.nix \
#     --arg lib 'import <nixpkgs/lib>' --arg configuration /tmp/x/configuration.nix
# (check.sh copies nixos/ next to a host.json example and runs this.)
{
  lib,
  # The configuration.nix to evaluate (with its host.json next to it), or
  # any other module, such as image.nix.
  configuration,
  # More modules, e.g. to provoke an assertion.
  extraModules ? [ ],
}:
let
  deep = lib.mkOptionType {
    name = "deep";
    description = "nixpkgs option stand-in";
    merge =
      loc: defs:
      let
        values = map (def: def.value) defs;
      in
      if lib.all (v: lib.isAttrs v && !lib.isDerivation v) values then
        (lib.types.attrsOf deep).merge loc defs
      else if lib.any lib.isList values then
        lib.concatMap (def: lib.toList def.value) defs
      else
        lib.mergeEqualOption loc defs;
  };

  placeholder = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
  };
  format = {
    type = deep;
    generate = name: value: placeholder name // { inherit value; };
  };
  packageNames = [
    "bash"
    "cacert"
    "coreutils"
    "cryptsetup"
    "curl"
    "dnsutils"
    "docker-compose"
    "findutils"
    "gawk"
    "git"
    "gnugrep"
    "gnused"
    "gnutar"
    "gzip"
    "htop"
    "jq"
    "minio-client"
    "nfs-utils"
    "openiscsi"
    "openssl"
    "procps"
    "rke2_1_35"
    "rsync"
    "tcpdump"
    "tree"
    "util-linux"
    "vim"
    "wget"
    "yq-go"
  ];
  pkgs = lib.genAttrs packageNames placeholder // {
    path = "/nix/store/00000000000000000000000000000000-nixpkgs";
    writeShellScript = name: text: placeholder name // { inherit text; };
    formats = {
      yaml = _: format;
      json = _: format;
    };
  };

  nixpkgsStandIn = {
    options = {
      assertions = lib.mkOption {
        type = lib.types.listOf lib.types.unspecified;
        default = [ ];
      };
      warnings = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
      };
    };
    config = {
      _module.freeformType = lib.types.lazyAttrsOf deep;
      _module.args.pkgs = pkgs;
      # Defaults of nixpkgs options that our modules read.
      networking.nftables.enable = lib.mkDefault false;
      services.resolved.enable = lib.mkDefault false;
      services.gitlab.group = lib.mkDefault "gitlab";
      services.gitlab.packages.gitlab-shell = lib.mkDefault (placeholder "gitlab-shell");
      systemd.package = lib.mkDefault (placeholder "systemd");
      virtualisation.docker.package = lib.mkDefault (placeholder "docker");
    };
  };

  evaluated = lib.evalModules {
    modules = [
      nixpkgsStandIn
      configuration
    ]
    ++ extraModules;
    specialArgs.modulesPath = ./stub-nixos/modules;
  };
  config = evaluated.config;

  # Every nixpkgs option the modules define must be listed in
  # upstream-options.json (option path -> declaring file in nixpkgs at the
  # pinned revision), so that a nixpkgs upgrade is checked against one list.
  # The definitions are walked down the listed paths: `<name>` matches any
  # attribute, and a listed path is a leaf (its value belongs to the option).
  # Anything defined off the listed paths is reported.
  upstreamOptions = map (lib.splitString ".") (
    lib.attrNames (lib.importJSON ../upstream-options.json).options
  );
  matches = pattern: path: lib.length pattern == lib.length path && lib.all lib.id (lib.zipListsWith (p: n: p == "<name>" || p == n) pattern path);
  below = path: pattern: lib.length pattern > lib.length path && matches (lib.take (lib.length path) pattern) path;
  unlisted =
    path: value:
    if lib.any (pattern: matches pattern path) upstreamOptions then
      [ ]
    else if lib.isAttrs value && !lib.isDerivation value && lib.any (below path) upstreamOptions then
      lib.concatLists (lib.mapAttrsToList (name: unlisted (path ++ [ name ])) value)
    else
      [ (lib.showOption path) ];
  ourOptions = lib.attrNames evaluated.options;
  unlistedUpstreamOptions = lib.concatLists (
    lib.mapAttrsToList (name: value: lib.optionals (!lib.elem name ourOptions) (unlisted [ name ] value)) config
  );
  ordered = ports: lib.sort lib.lessThan (lib.unique ports);
  firewall = config.networking.firewall or { };
in
{
  failedAssertions = map (a: a.message) (lib.filter (a: !a.assertion) config.assertions);
  inherit (config) warnings;
  inherit unlistedUpstreamOptions;

  hostName = config.networking.hostName or null;
  homelab = config.homelab or null;
  firewall = {
    tcp = ordered (firewall.allowedTCPPorts or [ ]);
    udp = ordered (firewall.allowedUDPPorts or [ ]);
    tcpRanges = firewall.allowedTCPPortRanges or [ ];
    trustedInterfaces = firewall.trustedInterfaces or [ ];
    checkReversePath = firewall.checkReversePath or true;
    extraCommands = firewall.extraCommands or "";
  };
  sysctl = config.boot.kernel.sysctl or { };
  rke2 = config.services.rke2 or null;
  rke2Config = config.environment.etc."rancher/rke2/config.yaml".source.value or null;
  registries = config.environment.etc."rancher/rke2/registries.yaml".source.value or null;
  networks = config.systemd.network.networks or { };
  fileSystems = lib.attrNames (config.fileSystems or { });
  services = lib.attrNames (config.systemd.services or { });
  paths = lib.mapAttrs (_: p: p.pathConfig) (config.systemd.paths or { });
  nginxHosts = lib.attrNames (config.services.nginx.virtualHosts or { });
  nginxAcmeHosts = lib.mapAttrs (_: host: host.useACMEHost or null) (config.services.nginx.virtualHosts or { });
  acme = config.security.acme or null;
  systemCaBundle = config.environment.etc."ssl/certs/ca-certificates.crt".source or null;
  waitForFiles = config.homelab.waitForFiles or { };
  containers = lib.attrNames (config.virtualisation.oci-containers.containers or { });
  sshPorts = config.services.openssh.ports or [ ];
  image = config.system.build.qcow2 or null;
}
