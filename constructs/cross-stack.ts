import { TerraformLocal, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

/** Id prefix of the locals that carry values from other stacks. */
const PREFIX = "from-";

/**
 * `value`, an attribute of `source`, as `scope` should refer to it. In the
 * same stack that is the value itself. From another stack it is one local
 * per value in `scope`'s stack (`local.from-<stack>-<name>`), the only
 * element there that refers across stacks; that lets a stack limit cdktf's
 * preparing pass, which exists to discover such references, to these
 * locals (`ClusterStack.prepareStack` finds them with `crossStackLocals`).
 */
export function crossStackValue(scope: IConstruct, source: IConstruct, name: string, value: string): string {
  const here = TerraformStack.of(scope);
  const origin = TerraformStack.of(source);
  if (origin === here) return value;
  const id = `${PREFIX}${origin.node.id}-${name}`;
  const existing = here.node.tryFindChild(id);
  const local = existing instanceof TerraformLocal ? existing : new TerraformLocal(here, id, value);
  return local.asString;
}

/** The locals of `stack` made by `crossStackValue`. */
export function crossStackLocals(stack: TerraformStack): TerraformLocal[] {
  return stack.node.children.filter(
    (child): child is TerraformLocal => child instanceof TerraformLocal && child.node.id.startsWith(PREFIX),
  );
}
