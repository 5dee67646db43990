import { levels, ordered, select, StackInfo } from "../../cli/stacks";

const stack = (name: string, dependencies: string[] = []): StackInfo => ({
  name,
  dir: `/out/stacks/${name}`,
  dependencies,
});
const names = (s: readonly StackInfo[]) => s.map((x) => x.name);

describe("stack order from the manifest's dependencies", () => {
  const stacks = [stack("kss", ["base"]), stack("base"), stack("kss-platform", ["kss"]), stack("kcs", ["base"])];

  test("levels hold only stacks whose dependencies come earlier, sorted by name", () => {
    expect(levels(stacks).map(names)).toEqual([["base"], ["kcs", "kss"], ["kss-platform"]]);
  });

  test("destroy runs in the reverse order", () => {
    expect(names(ordered(stacks, true))).toEqual(["kss-platform", "kss", "kcs", "base"]);
  });

  test("a cycle is an error naming the stacks", () => {
    expect(() => levels([stack("a", ["b"]), stack("b", ["a"])])).toThrow(/a, b depend on each other in a cycle/);
  });

  test("a dependency outside the selection does not hold a stack back", () => {
    expect(levels([stack("kss-platform", ["kss"]), stack("kcs", ["base"])]).map(names)).toEqual([
      ["kcs", "kss-platform"],
    ]);
  });

  test("select: none named means all; unknown names are refused with the known ones", () => {
    expect(names(select(stacks, []))).toEqual(names(stacks));
    expect(() => select(stacks, ["kxx"])).toThrow(
      /no stack named kxx — the synthesized stacks are kss, base, kss-platform, kcs/,
    );
  });

  test("select --with-deps adds every stack the named ones depend on, transitively", () => {
    expect(names(ordered(select(stacks, ["kss-platform"], true)))).toEqual(["base", "kss", "kss-platform"]);
    expect(names(select(stacks, ["kss-platform"]))).toEqual(["kss-platform"]);
  });
});
