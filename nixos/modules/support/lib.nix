# Helpers shared by the support service modules.
{ lib }:
{
  # Names and ports shared with the TypeScript side (../../contract.json).
  contract = builtins.fromJSON (builtins.readFile ../../contract.json);

  # An option naming a root-only file outside the Nix store that holds a
  # secret. The provisioner delivers it over SSH below secretsDir; the value
  # itself never appears in a Nix expression.
  mkSecretFileOption =
    {
      support,
      fileName,
      description,
    }:
    lib.mkOption {
      type = lib.types.strMatching "/.*";
      default = "${support.secretsDir}/${fileName}";
      defaultText = lib.literalExpression ''"''${config.homelab.support.secretsDir}/${fileName}"'';
      inherit description;
    };

  # One assertion per secret file option: the path must not be in the store.
  secretsOutsideStore =
    prefix: files:
    lib.mapAttrsToList (name: path: {
      assertion = !lib.hasPrefix builtins.storeDir path;
      message = "homelab.support.${prefix}.${name} (${path}) is in the Nix store, which every local user can read: point it at a root-only file below homelab.support.secretsDir";
    }) files;

  # The enable option of a service: defaults to its switch in host.json's
  # homelab.support.services.
  mkServiceEnableOption =
    { support, name }:
    lib.mkOption {
      type = lib.types.bool;
      default = support.services.${name};
      defaultText = lib.literalExpression "config.homelab.support.services.${name}";
      description = "Whether to run ${name} on the support VM.";
    };
}
