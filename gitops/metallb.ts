/**
 * MetalLB's two custom resources the tree renders, typed after the CRDs of
 * the pinned release (go.universe.tf/metallb config/crd, metallb.io/v1beta1).
 * No maintained model package exists for them; the verification tier checks
 * these objects against those CRDs.
 */

interface ObjectMeta {
  readonly name: string;
  readonly namespace: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** metallb.io/v1beta1 IPAddressPool */
export interface IIPAddressPool {
  readonly apiVersion: "metallb.io/v1beta1";
  readonly kind: "IPAddressPool";
  readonly metadata: ObjectMeta;
  readonly spec: {
    /** CIDRs or `first-last` ranges. */
    readonly addresses: readonly string[];
    readonly autoAssign?: boolean;
    readonly avoidBuggyIPs?: boolean;
  };
}

/** metallb.io/v1beta1 L2Advertisement */
export interface IL2Advertisement {
  readonly apiVersion: "metallb.io/v1beta1";
  readonly kind: "L2Advertisement";
  readonly metadata: ObjectMeta;
  readonly spec: {
    readonly ipAddressPools?: readonly string[];
    readonly interfaces?: readonly string[];
  };
}
