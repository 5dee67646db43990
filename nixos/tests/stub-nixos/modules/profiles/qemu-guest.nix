# Stand-in for nixpkgs' profiles/qemu-guest.nix in tests/eval.nix.
{ }
