/**
 * Custom resources of operators without a maintained model package, typed
 * after their pinned CRDs: the Keycloak operator (keycloak-k8s-resources,
 * k8s.keycloak.org/v2beta1) and CloudNativePG (postgresql.cnpg.io/v1). Only
 * the fields this tree sets; the verification tier checks the objects
 * against the CRDs themselves.
 */

interface NamespacedMeta {
  readonly name: string;
  readonly namespace: string;
}

interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}

/** k8s.keycloak.org/v2beta1 Keycloak */
export interface IKeycloak {
  readonly apiVersion: "k8s.keycloak.org/v2beta1";
  readonly kind: "Keycloak";
  readonly metadata: NamespacedMeta;
  readonly spec: {
    readonly instances: number;
    readonly db: {
      readonly vendor: "postgres";
      readonly host: string;
      readonly database: string;
      readonly usernameSecret: SecretKeyRef;
      readonly passwordSecret: SecretKeyRef;
    };
    readonly hostname: { readonly hostname: string; readonly strict?: boolean };
    readonly http: { readonly httpEnabled: boolean };
    readonly proxy: { readonly headers: "xforwarded" | "forwarded" };
    readonly ingress: {
      readonly enabled: boolean;
      readonly className?: string;
      readonly annotations?: Record<string, string>;
    };
  };
}

/** postgresql.cnpg.io/v1 Cluster */
export interface ICnpgCluster {
  readonly apiVersion: "postgresql.cnpg.io/v1";
  readonly kind: "Cluster";
  readonly metadata: NamespacedMeta;
  readonly spec: {
    readonly instances: number;
    readonly storage: { readonly size: string };
    readonly bootstrap: {
      readonly initdb: {
        readonly database: string;
        readonly owner: string;
        readonly secret: { readonly name: string };
      };
    };
  };
}
