# Trust the Vault/OpenBao root CA on a node.
#
# Certificates inside the lab (Harbor, the clusters' ingresses and the OIDC
# issuer, issued by cert-manager from Vault's PKI) chain up to a root CA that
# only exists once the `base` stack has been applied, so it cannot be baked
# into the system closure with security.pki.certificateFiles. It is fetched at
# boot and daily instead, and kept in two files outside the store:
#
# - caFile: the Vault root CA alone;
# - bundleFile: the public CA bundle (nixpkgs' cacert) plus the Vault root
#   CA. It always exists (seeded from the public bundle before the first
#   fetch), so consumers such as containerd (registries.yaml) and
#   kube-apiserver (the OIDC CA file) can point at it unconditionally.
#
# With systemTrust (the default) the system bundle in /etc/ssl/certs (what
# curl, git, Go and OpenSSL programs read) is that file too, so everything on
# the node trusts the lab's certificates without SSL_CERT_FILE.
#
# Vault itself is reached through the support VM's nginx, whose certificate
# is a public (ACME) one, so the first fetch needs nothing but the public
# roots. A provisioner may also write caFile itself; the next run picks it up.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  cfg = config.homelab.vaultCa;
  # The public roots from the store: /etc/ssl/certs points at bundleFile
  # when systemTrust is on, so it cannot be the source.
  publicBundle = "${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt";

  fetchCa = pkgs.writeShellScript "homelab-vault-ca-fetch" ''
    set -euo pipefail
    export PATH=${
      lib.makeBinPath [
        pkgs.coreutils
        pkgs.curl
        pkgs.openssl
      ]
    }
    ca=${lib.escapeShellArg cfg.caFile}
    bundle=${lib.escapeShellArg cfg.bundleFile}
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT

    rebuild_bundle() {
      cat ${publicBundle} > "$tmp/bundle"
      if [ -s "$ca" ]; then
        cat "$ca" >> "$tmp/bundle"
      fi
      install -m 0644 "$tmp/bundle" "$bundle"
    }

    # Verify Vault's endpoint with the public CAs (its certificate is the
    # support VM's public one) plus the CA we already trust.
    rebuild_bundle

    for attempt in $(seq 1 ${toString cfg.attempts}); do
      if curl --fail --silent --show-error --location --max-time 5 \
          --cacert "$bundle" --output "$tmp/ca.pem" ${lib.escapeShellArg cfg.url} \
        && openssl x509 -in "$tmp/ca.pem" -noout; then
        install -m 0644 "$tmp/ca.pem" "$ca"
        rebuild_bundle
        echo "Vault CA from ${cfg.url} installed in $ca"
        exit 0
      fi
      echo "attempt $attempt/${toString cfg.attempts}: no valid CA from ${cfg.url} yet" >&2
      sleep 5
    done

    # Never fail the boot over this: the previous CA (if any) stays trusted
    # and the timer tries again.
    echo "could not fetch the Vault CA; keeping the current one" >&2
  '';
in
{
  options.homelab.vaultCa = {
    enable = lib.mkEnableOption "fetching and trusting the Vault/OpenBao root CA";

    url = lib.mkOption {
      type = lib.types.strMatching "https?://.*";
      example = "https://vault.support.lab.example.com/v1/pki/ca/pem";
      description = "URL serving the PEM-encoded root CA (Vault's `<pki mount>/ca/pem` endpoint).";
    };

    directory = lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "/var/lib/homelab/vault-ca";
      description = "Directory holding the fetched CA and the combined bundle.";
    };

    caFile = lib.mkOption {
      type = lib.types.str;
      readOnly = true;
      default = "${cfg.directory}/ca.pem";
      defaultText = lib.literalExpression ''"''${config.homelab.vaultCa.directory}/ca.pem"'';
      description = "The Vault root CA (PEM). Absent until the first successful fetch.";
    };

    bundleFile = lib.mkOption {
      type = lib.types.str;
      readOnly = true;
      default = "${cfg.directory}/ca-bundle.crt";
      defaultText = lib.literalExpression ''"''${config.homelab.vaultCa.directory}/ca-bundle.crt"'';
      description = "Public CA bundle plus the Vault root CA. Always present.";
    };

    systemTrust = lib.mkOption {
      type = lib.types.bool;
      default = true;
      description = ''
        Whether the system CA bundle (/etc/ssl/certs/ca-certificates.crt and
        its aliases) is bundleFile, so every program on the node trusts the
        Vault root CA as well as the public roots.
      '';
    };

    attempts = lib.mkOption {
      type = lib.types.ints.positive;
      default = 12;
      description = ''
        Fetch attempts per run, each waiting at most 5 seconds for Vault and
        then 5 seconds before the next. The boot run is ordered before RKE2,
        so this bounds how long RKE2 waits for an unreachable Vault (two
        minutes by default).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.tmpfiles.rules = [
      "d ${cfg.directory} 0755 root root -"
      # Seed the bundle; the service rewrites it as a regular file (public
      # bundle plus the CA, if any) on every run, before RKE2 starts.
      "C ${cfg.bundleFile} 0644 root root - ${publicBundle}"
    ];

    # The names nixpkgs' security/ca.nix links to its store bundle.
    environment.etc = lib.mkIf cfg.systemTrust (
      lib.genAttrs [
        "ssl/certs/ca-certificates.crt"
        "ssl/certs/ca-bundle.crt"
        "pki/tls/certs/ca-bundle.crt"
      ] (_: { source = lib.mkForce cfg.bundleFile; })
    );

    systemd.services.homelab-vault-ca = {
      description = "Fetch the Vault root CA";
      wants = [ "network-online.target" ];
      after = [
        "network-online.target"
        "systemd-tmpfiles-setup.service"
      ];
      # Present before RKE2 reads it (registries.yaml, the OIDC CA file).
      before = [
        "rke2-server.service"
        "rke2-agent.service"
      ];
      wantedBy = [ "multi-user.target" ];
      serviceConfig = {
        Type = "oneshot";
        ExecStart = fetchCa;
      };
    };

    systemd.timers.homelab-vault-ca = {
      description = "Refresh the Vault root CA daily";
      wantedBy = [ "timers.target" ];
      timerConfig = {
        OnCalendar = "daily";
        RandomizedDelaySec = "1h";
        Persistent = true;
      };
    };
  };
}
