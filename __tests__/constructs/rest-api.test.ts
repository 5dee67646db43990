import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { RestapiProvider } from "../../.gen/providers/restapi/provider";
import { restApiProblems, setRestApiHeaders } from "../../constructs/rest-api";

function stackWithProvider(): { stack: TerraformStack; provider: RestapiProvider; token: TerraformVariable } {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const token = new TerraformVariable(stack, "token", { type: "string", sensitive: true });
  const provider = new RestapiProvider(stack, "api", { uri: "https://api.example.com", createReturnsObject: true });
  return { stack, provider, token };
}

describe("setRestApiHeaders", () => {
  test("header names reach the JSON exactly as given, values as variable references", () => {
    const { stack, provider, token } = stackWithProvider();
    setRestApiHeaders(provider, { "PRIVATE-TOKEN": token.stringValue, "zt-session": token.stringValue });
    const synthesized = JSON.parse(Testing.synth(stack));
    expect(synthesized.provider.restapi[0].headers).toEqual({
      "PRIVATE-TOKEN": "${var.token}",
      "zt-session": "${var.token}",
    });
  });

  test("rejects a header name with '_', which nginx drops", () => {
    const { provider } = stackWithProvider();
    expect(() => setRestApiHeaders(provider, { private_token: "x" })).toThrow(
      /header name "private_token" must be letters, digits and '-'/,
    );
  });
});

describe("restApiProblems", () => {
  const options = { prop: "provider", service: "the API", returnsObjectWhy: "ids come from the answer" };

  test("headers given as provider props are refused, because cdktf snake-cases their names", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const provider = new RestapiProvider(stack, "api", {
      uri: "https://api.example.com",
      createReturnsObject: true,
      headers: { "PRIVATE-TOKEN": "x" },
    });
    // What the problem is about: the props route writes `private_token`.
    expect(JSON.parse(Testing.synth(stack)).provider.restapi[0].headers).toEqual({ private_token: "x" });
    expect(restApiProblems(provider, options)).toEqual([
      expect.stringMatching(/provider has headers in its props.*setRestApiHeaders/),
    ]);
  });

  test("headers set with setRestApiHeaders pass", () => {
    const { provider } = stackWithProvider();
    setRestApiHeaders(provider, { "PRIVATE-TOKEN": "x" });
    expect(restApiProblems(provider, options)).toEqual([]);
  });
});
