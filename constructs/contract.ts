import contractJson from "../nixos/contract.json";

/**
 * Values the TypeScript and the NixOS modules share, read from
 * nixos/contract.json (the modules read the same file with
 * `builtins.fromJSON`): the delivered secret files' names, the ports other
 * hosts dial, the support services and the NixOS release. Each is written
 * there once; __tests__/constructs/nixos-contract.test.ts checks that what
 * the modules read is what the constructs write.
 */
export interface Contract {
  /** NixOS `system.stateVersion` of new VMs (and of the base image). */
  readonly stateVersion: string;
  /**
   * The Kubernetes minor the clusters run: the nodes run nixpkgs' `rke2_<major>_<minor>`, and the
   * slow tier validates the GitOps tree against this minor's API server and schemas.
   */
  readonly kubernetesMinor: string;
  /** Where delivered secret files live on every VM (outside the Nix store). */
  readonly secretsDir: string;
  /** The support VM's services, in the order host.json lists them. */
  readonly supportServices: readonly string[];
  /** Secret file names below `secretsDir`, by service and purpose. */
  /** Files the support VM's services write themselves, below `secretsDir`, which the provisioner reads. */
  readonly generatedFiles: { readonly openbao: { readonly init: string } };
  readonly secretFiles: {
    readonly rke2: { readonly token: string };
    readonly minio: { readonly rootCredentials: string };
    readonly harbor: {
      readonly adminPassword: string;
      readonly dbPassword: string;
      readonly s3AccessKey: string;
      readonly s3SecretKey: string;
    };
    readonly keycloak: { readonly adminPassword: string; readonly dbPassword: string };
    readonly teleport: {
      readonly nodeToken: string;
      readonly kubeToken: string;
      readonly clusterKubeTokenPrefix: string;
    };
    readonly gitlab: {
      readonly rootPassword: string;
      readonly secret: string;
      readonly db: string;
      readonly otp: string;
      readonly jws: string;
      readonly activeRecordPrimaryKey: string;
      readonly activeRecordDeterministicKey: string;
      readonly activeRecordSalt: string;
      readonly sshHostKey: string;
    };
    readonly gitlabRunner: { readonly environment: string };
    readonly ziti: { readonly controllerEnvironment: string; readonly routerEnvironment: string };
    readonly acme: { readonly cloudflareApiToken: string };
  };
  /** Ports the NixOS modules listen on and the constructs dial. */
  readonly ports: {
    readonly rke2: { readonly apiServer: number; readonly supervisor: number };
    readonly teleport: { readonly web: number; readonly ssh: number; readonly tunnel: number; readonly kube: number };
    readonly gitlab: { readonly ssh: number };
    readonly ziti: {
      readonly management: number;
      readonly publicManagement: number;
      readonly client: number;
      readonly edge: number;
      readonly link: number;
    };
    readonly minio: { readonly api: number };
  };
}

/** nixos/contract.json. */
export const CONTRACT: Contract = contractJson;
