# Differences between an expected subset and an actual value: every
# attribute in `expected` must be in `actual` with an equal value (attribute
# sets are compared attribute by attribute, anything else exactly).
{
  lib,
  expected,
  actual,
}:
let
  show = path: if path == [ ] then "(top)" else lib.showOption path;
  differences =
    path: want: got:
    if lib.isAttrs want && !lib.isDerivation want then
      if lib.isAttrs got then
        lib.concatLists (
          lib.mapAttrsToList (
            name: value:
            if got ? ${name} then
              differences (path ++ [ name ]) value got.${name}
            else
              [ "${show (path ++ [ name ])}: missing" ]
          ) want
        )
      else
        [ "${show path}: expected an attribute set, got ${builtins.toJSON got}" ]
    else if want == got then
      [ ]
    else
      [ "${show path}: expected ${builtins.toJSON want}, got ${builtins.toJSON got}" ];
in
differences [ ] expected actual
