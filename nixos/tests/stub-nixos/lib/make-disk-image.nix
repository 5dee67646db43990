# Stand-in for nixpkgs' lib/make-disk-image.nix in tests/eval.nix.
{ format, partitionTableType, ... }:
{
  type = "derivation";
  name = "nixos-disk-image";
  outPath = "/nix/store/00000000000000000000000000000000-nixos-disk-image";
  inherit format partitionTableType;
}
