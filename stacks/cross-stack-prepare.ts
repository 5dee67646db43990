import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "cdktf";
import { crossStackLocals } from "../constructs";

/**
 * cdktf's preparing pass resolves every element once more only to discover
 * references into other stacks. A stack whose values from other stacks all
 * go through `crossStackValue` locals prepares only those locals (the stacks
 * test checks that no other element refers outside its stack).
 */
export function prepareCrossStackLocals(stack: TerraformStack): void {
  const resolver = new DefaultTokenResolver(new StringConcat());
  for (const local of crossStackLocals(stack)) {
    Tokenization.resolve(local.toTerraform(), { scope: stack, resolver, preparing: true });
  }
}
