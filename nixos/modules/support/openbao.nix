# OpenBao (the Vault API) on 127.0.0.1, published by nginx as
# vault.<domain>. File storage on the VM's disk; PKI, namespaces, policies
# and auth mounts are configured by the CDKTF stacks through the API.
#
# On first boot it is initialised with a single key share, and it is
# unsealed at every start, from a root-only file outside the store. That is
# a homelab trade-off: root on the support VM can unseal the vault.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  support = config.homelab.support;
  cfg = support.openbao;
  helpers = import ./lib.nix { inherit lib; };
  address = "127.0.0.1:${toString cfg.port}";

  initAndUnseal = pkgs.writeShellScript "openbao-init-unseal" ''
    set -euo pipefail
    export PATH=${
      lib.makeBinPath [
        pkgs.coreutils
        pkgs.curl
        pkgs.jq
      ]
    }
    api=http://${address}/v1
    init_file=${lib.escapeShellArg cfg.initFile}
    umask 077

    status=""
    for _ in $(seq 1 60); do
      if status=$(curl --silent --fail "$api/sys/seal-status"); then
        break
      fi
      sleep 2
    done
    if [ -z "$status" ]; then
      echo "OpenBao does not answer on ${address}" >&2
      exit 1
    fi

    if [ "$(jq -r .initialized <<<"$status")" = false ]; then
      # Through the HTTP API rather than `bao operator`, so the unseal key
      # never appears on a command line. The response goes straight to a
      # file next to its final name: it is the only copy of the root token.
      tmp=$(mktemp "$init_file.XXXXXX")
      curl --silent --fail --request PUT \
        --data '{"secret_shares": 1, "secret_threshold": 1}' \
        --output "$tmp" "$api/sys/init"
      jq -e '.root_token and (.keys_base64 | length == 1)' "$tmp" >/dev/null
      sync "$tmp"
      mv "$tmp" "$init_file"
      echo "OpenBao initialised; unseal key and root token are in $init_file"
      status=$(curl --silent --fail "$api/sys/seal-status")
    fi

    if [ "$(jq -r .sealed <<<"$status")" = true ]; then
      if [ ! -s "$init_file" ]; then
        echo "OpenBao is sealed and $init_file is missing: unseal it by hand" >&2
        exit 1
      fi
      jq '{key: .keys_base64[0]}' "$init_file" \
        | curl --silent --fail --request PUT --data @- --output /dev/null "$api/sys/unseal"
      echo "OpenBao unsealed"
    fi
  '';
in
{
  options.homelab.support.openbao = {
    enable = helpers.mkServiceEnableOption {
      inherit support;
      name = "openbao";
    };

    port = lib.mkOption {
      type = lib.types.port;
      default = 8200;
      description = "Port of the API listener on 127.0.0.1.";
    };

    initFile = helpers.mkSecretFileOption {
      inherit support;
      fileName = helpers.contract.generatedFiles.openbao.init;
      description = ''
        Where the first boot stores OpenBao's init response
        (`{"keys": […], "keys_base64": [unseal key], "root_token": …}`),
        mode 0600, owner root. It is written here, not delivered: the
        provisioner reads the root token from it, and every start reads the
        unseal key from it.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = helpers.secretsOutsideStore "openbao" { inherit (cfg) initFile; };

    services.openbao = {
      enable = true;
      settings = {
        ui = true;
        api_addr = "https://vault.${support.domain}";
        listener.tcp = {
          type = "tcp";
          inherit address;
          # TLS is terminated by nginx; the listener is loopback only.
          tls_disable = true;
        };
        storage.file.path = "/var/lib/openbao";
      };
    };

    systemd.services.openbao-unseal = {
      description = "Initialise OpenBao once and unseal it";
      requires = [ "openbao.service" ];
      after = [ "openbao.service" ];
      # OpenBao comes back sealed after every restart; PartOf= restarts this
      # unit along with it.
      partOf = [ "openbao.service" ];
      wantedBy = [
        "openbao.service"
        "multi-user.target"
      ];
      serviceConfig = {
        Type = "oneshot";
        RemainAfterExit = true;
        ExecStart = initAndUnseal;
      };
    };
  };
}
