# One case of check.sh: evaluates `root` (a copy of nixos/ with a host.json
# example as its host.json) with tests/eval.nix, and returns the list of
# problems: differences from tests/expected.nix, and assertion cases that
# did not fail the way they should. An empty list means the case passed.
{
  lib,
  root,
  # master, worker, support (the host.json example in root), or image.
  case,
}:
let
  expected = import ./expected.nix;
  entryPoint = if case == "image" then "/image.nix" else "/configuration.nix";
  evaluate =
    extraModules:
    import ./eval.nix {
      inherit lib extraModules;
      configuration = root + entryPoint;
    };

  differences = map (d: "${case}: ${d}") (
    import ./compare.nix {
      inherit lib;
      expected = expected.${case};
      actual = evaluate [ ];
    }
  );

  assertionProblems = lib.concatMap (
    assertionCase:
    let
      failed = (evaluate [ assertionCase.module ]).failedAssertions;
    in
    lib.optional (!lib.any (lib.hasInfix assertionCase.mentions) failed) "${case}: ${assertionCase.description}: no failed assertion mentions ${assertionCase.mentions} (failed: ${builtins.toJSON failed})"
  ) (expected.assertionCases.${case} or [ ]);
  unlisted = map (
    option: "${case}: ${option} is a nixpkgs option missing from upstream-options.json: check it against the pinned nixpkgs and add it with its declaring file"
  ) (evaluate [ ]).unlistedUpstreamOptions;
in
differences ++ assertionProblems ++ unlisted
