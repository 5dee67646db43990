import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn, Token } from "cdktf";
import { Construct } from "constructs";
import { DataRestapiObject } from "../.gen/providers/restapi/data-restapi-object";
import { ObjectResource } from "../.gen/providers/restapi/object-resource";
import type { RestapiProvider } from "../.gen/providers/restapi/provider";
import { isDnsLabel, isDnsName, parseIpv4 } from "../model/net";
import { restApiProblems } from "./rest-api";
import type { VaultRoot } from "./vault-root";
import { throwIfInvalid } from "./validation";

// Request bodies of the OpenZiti edge management API (openziti/edge-api,
// source/management/*.yml). Only the fields this construct sets are listed;
// every body is sent whole on update (PUT), so a field left out here is reset
// by the controller, never left stale.

/** `edgeRouterCreate` / `edgeRouterUpdate` (the two are identical). */
interface EdgeRouterBody {
  readonly name: string;
  /** Makes the controller create an identity of type Router with the router's id and name. */
  readonly isTunnelerEnabled: boolean;
  /** Plain attributes; the controller rejects a leading `#` or `@` here. */
  readonly roleAttributes: readonly string[];
}

/** `identityUpdate`: `identityCreate` without `enrollment`, which only a create accepts. */
interface IdentityUpdateBody {
  readonly name: string;
  /** `Device` is accepted by every controller; current ones store it as `Default`. */
  readonly type: "Device";
  readonly isAdmin: boolean;
  readonly roleAttributes: readonly string[];
}

/** `identityCreate`. */
interface IdentityCreateBody extends IdentityUpdateBody {
  /** One-time-token enrolment: the controller issues a JWT the device enrols with. */
  readonly enrollment: { readonly ott: true };
}

/** `data` of a config of type intercept.v1 (openziti/ziti tunnel/entities/intercept.v1.json). */
interface InterceptV1 {
  readonly protocols: readonly ("tcp" | "udp")[];
  /** Host names, wildcards (`*.example.com`), IPs or CIDRs the client tunneler captures. */
  readonly addresses: readonly string[];
  readonly portRanges: readonly { readonly low: number; readonly high: number }[];
}

/** `data` of a config of type host.v1 (openziti/ziti tunnel/entities/host.v1.json), without forwarding. */
interface HostV1 {
  readonly protocol: "tcp" | "udp";
  readonly address: string;
  readonly port: number;
}

/** `configUpdate`: a config's type cannot change, so an update carries no `configTypeId`. */
interface ConfigUpdateBody<T> {
  readonly name: string;
  readonly data: T;
}

/** `configCreate`. */
interface ConfigCreateBody<T> extends ConfigUpdateBody<T> {
  readonly configTypeId: string;
}

/** `serviceCreate` / `serviceUpdate`. */
interface ServiceBody {
  readonly name: string;
  /** Read-only after create; sent unchanged on every update. */
  readonly encryptionRequired: boolean;
  /** Config ids. */
  readonly configs: readonly string[];
  readonly roleAttributes: readonly string[];
  readonly terminatorStrategy: string;
}

type Semantic = "AllOf" | "AnyOf";

/** `servicePolicyCreate` / `servicePolicyUpdate`. */
interface ServicePolicyBody {
  readonly name: string;
  readonly type: "Dial" | "Bind";
  readonly semantic: Semantic;
  /** `#attribute`, `#all`, or `@<id>` — the controller resolves `@` entries as ids, not names. */
  readonly identityRoles: readonly string[];
  readonly serviceRoles: readonly string[];
  readonly postureCheckRoles: readonly string[];
}

/** `edgeRouterPolicyCreate` / `edgeRouterPolicyUpdate`. */
interface EdgeRouterPolicyBody {
  readonly name: string;
  readonly semantic: Semantic;
  readonly edgeRouterRoles: readonly string[];
  readonly identityRoles: readonly string[];
}

/** `serviceEdgeRouterPolicyCreate` / `serviceEdgeRouterPolicyUpdate`. */
interface ServiceEdgeRouterPolicyBody {
  readonly name: string;
  readonly semantic: Semantic;
  readonly edgeRouterRoles: readonly string[];
  readonly serviceRoles: readonly string[];
}

/** Built-in config type ids, fixed by the controller (openziti/ziti controller/db/migration_initialize.go). */
const INTERCEPT_V1 = "g7cIWbcGg";
const HOST_V1 = "NH5p4FpGR";

/** A collection whose entities carry an enrolment JWT, and where it sits in an entity's detail. */
interface Enrolling {
  readonly path: string;
  readonly jwt: readonly string[];
}
/** `edgeRouterDetail.enrollmentJwt`. */
const EDGE_ROUTERS: Enrolling = { path: "/edge-routers", jwt: ["data", "enrollmentJwt"] };
/** `identityDetail.enrollment.ott.jwt` (`identityEnrollments`). */
const IDENTITIES: Enrolling = { path: "/identities", jwt: ["data", "enrollment", "ott", "jwt"] };

const SUPPORT_ROUTER = "support-router";
const SUPPORT_SERVICE = "support-web";
/** Attribute every device identity carries, so one edge-router policy covers them all. */
const DEVICES_ATTRIBUTE = "devices";
/** Attribute on every cluster router and cluster ingress service. */
const CLUSTERS_ATTRIBUTE = "clusters";
/** Attribute on the support router and the support service. */
const SUPPORT_ATTRIBUTE = "support";

/** Device names become Ziti identity names and Vault paths (`ziti/identities/<name>`): no slashes. */
const DEVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export interface ZitiOverlayProps {
  /**
   * REST provider for the controller's edge management API
   * (`https://<ziti domain>:2030/edge/management/v1`, the controller's listener
   * with a publicly trusted certificate, authenticated with a
   * `zt-session` header). It must set `createReturnsObject: true`: Ziti answers
   * a create with only `{"data": {"id": …}}`, and restapi learns new ids from it.
   */
  readonly provider: RestapiProvider;
  /** The Vault root whose KV mounts receive the enrolment JWTs. */
  readonly root: VaultRoot;
  /**
   * The support VM, which runs `support-router` and hosts `support-web`
   * (`*.<domain>` → `<ip>:<port>`); both carry the attribute `support`.
   */
  readonly support: {
    /** DNS domain of the support VM's services (`support.lab.example.com`). */
    readonly domain: string;
    /** IPv4 address the support router dials for `support-web`. */
    readonly ip: string;
  };
  /**
   * Clusters; each gets a router `<name>-router` (attributes `<name>`, `clusters`)
   * and a service `<name>-ingress` (same attributes) hosted by it.
   */
  readonly clusters: readonly {
    /** Cluster name, a DNS label (`kss`). */
    readonly name: string;
    /** DNS domain of the cluster's ingress (`kss.lab.example.com`); `*.<domain>` is intercepted. */
    readonly domain: string;
    /** The ingress LoadBalancer address from the model, which the cluster's router dials. */
    readonly ingressIp: string;
    /** Vault namespace of the cluster, where its router's enrolment JWT is written (`ziti/router`). */
    readonly vaultNamespace: string;
  }[];
  /** Client identities (laptops, phones), enrolled with a one-time token kept in Vault at `ziti/identities/<name>`. */
  readonly devices: readonly {
    /** Identity name, unique among devices and routers. */
    readonly name: string;
    /** Role attributes (without `#`) that select the Dial policies in `dialRoles`; `devices` is always added. */
    readonly roleAttributes: readonly string[];
  }[];
  /** TCP port intercepted on the clients and dialed on the hosts. @default 443 */
  readonly port?: number;
  /**
   * Which services each device role may dial: key = device role attribute,
   * value = service roles — `#all`, `#support`, `#clusters` or `#<cluster name>`.
   * One Dial policy `dial-<key>` per entry.
   * @default { admin: ["#all"], user: ["#clusters"] }
   */
  readonly dialRoles?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The OpenZiti overlay that reaches the lab from outside: an edge router per
 * cluster and one on the support VM, a service per cluster ingress and one for
 * the support VM, each hosted by its own router, device identities, and the
 * policies that tie them together. Enrolment JWTs are written to Vault once,
 * for the in-cluster routers (their namespace), the support router and the
 * devices (site KV).
 *
 * Everything goes through the edge management API with the generic REST
 * provider (restapi 1.20.0), because the Ziti Terraform provider cannot be
 * built here. How that provider behaves with Ziti:
 * - Ziti wraps every response in `{"data": …, "meta": …}`, so each object sets
 *   `id_attribute = "data/id"` (restapi walks `/`-separated paths). restapi also
 *   tries that path on the request body: no config `data` here has an `id` key.
 * - Updates are PUT with the whole body (`update_data` where the update schema
 *   differs), not PATCH, so a field removed here is cleared on the controller.
 * - restapi 1.20.0 never writes the server's answer back into `data`; it only
 *   refreshes `api_response`. A re-plan therefore shows no changes, a deleted
 *   object (404) is planned for re-creation, but a field edited by hand on the
 *   controller is not noticed — re-apply with `-replace` to reset it.
 * - `api_response` after a create is the create answer (only the id), so the
 *   JWTs come from a `restapi_object` data source that reads the object back.
 */
export class ZitiOverlay extends Construct {
  /** Edge routers by name (`<cluster>-router`, `support-router`). */
  public readonly routers: Readonly<Record<string, ObjectResource>>;
  /** Services by name (`<cluster>-ingress`, `support-web`). */
  public readonly services: Readonly<Record<string, ObjectResource>>;
  /** Device identities by name. */
  public readonly identities: Readonly<Record<string, ObjectResource>>;
  /** Service, edge-router and service-edge-router policies by Ziti name. */
  public readonly policies: Readonly<Record<string, ObjectResource>>;
  /**
   * Enrolment JWT of `support-router` (sensitive), for delivery to the support
   * VM: the value written to Vault, so it stays the same after enrolment.
   */
  public readonly supportRouterJwt: string;
  /** The support router's JWT secret in the site KV (`ziti/routers/support-router`). */
  public readonly supportRouterSecret: KvSecretV2;
  /** Each cluster router's JWT secret (`ziti/router` in the cluster's namespace), by cluster name. */
  public readonly clusterRouterSecrets: Readonly<Record<string, KvSecretV2>>;
  /** Each device's JWT secret in the site KV (`ziti/identities/<name>`), by device name. */
  public readonly identitySecrets: Readonly<Record<string, KvSecretV2>>;

  private readonly provider: RestapiProvider;

  constructor(scope: Construct, id: string, props: ZitiOverlayProps) {
    super(scope, id);
    const port = props.port ?? 443;
    const dialRoles = props.dialRoles ?? { admin: ["#all"], user: [`#${CLUSTERS_ATTRIBUTE}`] };
    this.provider = props.provider;

    const problems = validate(props, port, dialRoles);
    throwIfInvalid(this, problems);

    // Sorted so that the synthesized order does not depend on the model's.
    const clusters = [...props.clusters].sort((a, b) => a.name.localeCompare(b.name));
    const devices = [...props.devices].sort((a, b) => a.name.localeCompare(b.name));
    const routers: Record<string, ObjectResource> = {};
    const services: Record<string, ObjectResource> = {};
    const policies: Record<string, ObjectResource> = {};

    const addRouter = (name: string, roleAttributes: readonly string[]): ObjectResource => {
      const body: EdgeRouterBody = { name, isTunnelerEnabled: true, roleAttributes: [...new Set(roleAttributes)] };
      routers[name] = this.object(`router-${name}`, EDGE_ROUTERS.path, body);
      return routers[name];
    };

    // A service hosted by one router: intercept on the clients, host.v1 on the
    // router (whose tunneler identity has the router's id), Bind for that identity.
    const addService = (
      name: string,
      roleAttributes: readonly string[],
      domain: string,
      address: string,
      router: ObjectResource,
    ): void => {
      const intercept: ConfigCreateBody<InterceptV1> = {
        name: `${name}.intercept.v1`,
        configTypeId: INTERCEPT_V1,
        data: { protocols: ["tcp"], addresses: [`*.${domain}`], portRanges: [{ low: port, high: port }] },
      };
      const host: ConfigCreateBody<HostV1> = {
        name: `${name}.host.v1`,
        configTypeId: HOST_V1,
        data: { protocol: "tcp", address, port },
      };
      const configs = [
        this.object(`config-${name}-intercept`, "/configs", intercept, withoutType(intercept)),
        this.object(`config-${name}-host`, "/configs", host, withoutType(host)),
      ];
      const service: ServiceBody = {
        name,
        encryptionRequired: true,
        configs: configs.map((config) => config.id),
        roleAttributes: [...new Set(roleAttributes)],
        terminatorStrategy: "smartrouting",
      };
      services[name] = this.object(`service-${name}`, "/services", service);
      const bind: ServicePolicyBody = {
        name: `${name}-bind`,
        type: "Bind",
        semantic: "AnyOf",
        identityRoles: [`@${router.id}`],
        serviceRoles: [`@${services[name].id}`],
        postureCheckRoles: [],
      };
      policies[bind.name] = this.object(`policy-${bind.name}`, "/service-policies", bind);
    };

    const supportRouter = addRouter(SUPPORT_ROUTER, [SUPPORT_ATTRIBUTE]);
    addService(SUPPORT_SERVICE, [SUPPORT_ATTRIBUTE], props.support.domain, props.support.ip, supportRouter);
    this.supportRouterSecret = this.enrolmentSecret(`router-${SUPPORT_ROUTER}`, supportRouter, EDGE_ROUTERS, {
      mount: props.root.siteKv.path,
      name: `ziti/routers/${SUPPORT_ROUTER}`,
    });
    // From the secret's own data_json, which ignore_changes keeps as first
    // written: the controller's copy disappears once the router enrols.
    // (The provider's computed `data` map is no longer filled in on read.)
    this.supportRouterJwt = Fn.lookupNested(Fn.jsondecode(this.supportRouterSecret.dataJson), ["jwt"]);

    const clusterRouterSecrets: Record<string, KvSecretV2> = {};
    for (const cluster of clusters) {
      const routerName = `${cluster.name}-router`;
      const router = addRouter(routerName, [cluster.name, CLUSTERS_ATTRIBUTE]);
      addService(
        `${cluster.name}-ingress`,
        [cluster.name, CLUSTERS_ATTRIBUTE],
        cluster.domain,
        cluster.ingressIp,
        router,
      );
      const { namespace, kv } = props.root.namespaces[cluster.vaultNamespace];
      clusterRouterSecrets[cluster.name] = this.enrolmentSecret(`router-${routerName}`, router, EDGE_ROUTERS, {
        namespace: namespace.path,
        mount: kv.path,
        name: "ziti/router",
      });
    }

    const identities: Record<string, ObjectResource> = {};
    const identitySecrets: Record<string, KvSecretV2> = {};
    for (const device of devices) {
      const update: IdentityUpdateBody = {
        name: device.name,
        type: "Device",
        isAdmin: false,
        roleAttributes: [...new Set([...device.roleAttributes, DEVICES_ATTRIBUTE])],
      };
      const create: IdentityCreateBody = { ...update, enrollment: { ott: true } };
      identities[device.name] = this.object(`identity-${device.name}`, IDENTITIES.path, create, update);
      identitySecrets[device.name] = this.enrolmentSecret(
        `identity-${device.name}`,
        identities[device.name],
        IDENTITIES,
        {
          mount: props.root.siteKv.path,
          name: `ziti/identities/${device.name}`,
        },
      );
    }

    for (const role of Object.keys(dialRoles).sort()) {
      const dial: ServicePolicyBody = {
        name: `dial-${role}`,
        type: "Dial",
        semantic: "AnyOf",
        identityRoles: [`#${role}`],
        serviceRoles: dialRoles[role],
        postureCheckRoles: [],
      };
      policies[dial.name] = this.object(`policy-${dial.name}`, "/service-policies", dial);
    }

    // Router identities need no policy of their own: the controller gives each
    // tunneler-enabled router a system edge-router policy for itself.
    const devicesOnRouters: EdgeRouterPolicyBody = {
      name: "devices-all-routers",
      semantic: "AnyOf",
      edgeRouterRoles: ["#all"],
      identityRoles: [`#${DEVICES_ATTRIBUTE}`],
    };
    policies[devicesOnRouters.name] = this.object(
      `policy-${devicesOnRouters.name}`,
      "/edge-router-policies",
      devicesOnRouters,
    );
    const servicesOnRouters: ServiceEdgeRouterPolicyBody = {
      name: "all-services-all-routers",
      semantic: "AnyOf",
      edgeRouterRoles: ["#all"],
      serviceRoles: ["#all"],
    };
    policies[servicesOnRouters.name] = this.object(
      `policy-${servicesOnRouters.name}`,
      "/service-edge-router-policies",
      servicesOnRouters,
    );

    this.routers = routers;
    this.services = services;
    this.identities = identities;
    this.policies = policies;
    this.clusterRouterSecrets = clusterRouterSecrets;
    this.identitySecrets = identitySecrets;
  }

  /** A Ziti entity under `path`, created with `body` and updated with `update` (or `body`) by PUT. */
  private object(id: string, path: string, body: object, update?: object): ObjectResource {
    return new ObjectResource(this, id, {
      provider: this.provider,
      path,
      idAttribute: "data/id",
      createMethod: "POST",
      updateMethod: "PUT",
      destroyMethod: "DELETE",
      data: Fn.jsonencode(body),
      ...(update ? { updateData: Fn.jsonencode(update) } : {}),
    });
  }

  /**
   * Writes the enrolment JWT of `object` to Vault once. The JWT is read from
   * the object's detail (GET `<path>/<id>`) through a data
   * source that finds the object by id in its list (with a `filter`, since
   * lists are paged). After enrolment the controller drops the JWT: `try`
   * keeps later plans working and the secret ignores the change, but it is
   * written again when the object is re-created (its id changes). A JWT
   * expires after the controller's enrolment duration; for one not used by
   * then, re-enrol on the controller (`ziti edge re-enroll edge-router …`)
   * and apply with `-replace` on its secret.
   */
  private enrolmentSecret(
    id: string,
    object: ObjectResource,
    collection: Enrolling,
    at: { readonly namespace?: string; readonly mount: string; readonly name: string },
  ): KvSecretV2 {
    const detail = new DataRestapiObject(this, `${id}-enrolment`, {
      provider: this.provider,
      path: collection.path,
      // filter=id="<id>", percent-encoded by hand: Ziti ids are URL-safe shortids.
      queryString: `filter=id%3D%22${object.id}%22`,
      readQueryString: "",
      resultsKey: "data",
      searchKey: "id",
      searchValue: object.id,
      idAttribute: "id",
    });
    const jwt = Fn.try([Fn.lookupNested(Fn.jsondecode(detail.apiResponse), [...collection.jwt]), ""]);
    return new KvSecretV2(this, `${id}-jwt`, {
      ...at,
      dataJson: Fn.jsonencode({ jwt }),
      lifecycle: {
        ignoreChanges: ["data_json"],
        // A bare address: cdktf renders a resource or token here as "${…}",
        // which OpenTofu rejects in replace_triggered_by.
        replaceTriggeredBy: [`${object.terraformResourceType}.${object.friendlyUniqueId}.id`],
      },
    });
  }
}

/** The body of a config's update: everything but its immutable type. */
function withoutType<T>({ name, data }: ConfigCreateBody<T>): ConfigUpdateBody<T> {
  return { name, data };
}

/** Every problem with the props, each naming the prop, its value and the fix. */
function validate(
  props: ZitiOverlayProps,
  port: number,
  dialRoles: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  const known = (value: unknown): boolean => !Token.isUnresolved(value);

  problems.push(
    ...restApiProblems(props.provider, {
      prop: "provider",
      service: "the Ziti edge management API",
      returnsObjectWhy: "Ziti answers a create only with the new id",
    }),
  );
  const { copyKeys } = props.provider;
  if (known(copyKeys) && copyKeys !== undefined && copyKeys.length > 0)
    problems.push(
      `provider copyKeys ${JSON.stringify(copyKeys)} would copy Ziti's top-level "data"/"meta" wrapper into update bodies — leave copyKeys unset`,
    );

  if (known(port) && !(Number.isInteger(port) && port >= 1 && port <= 65535))
    problems.push(`port ${port} is not a TCP port — use 1 to 65535 (default 443)`);

  const checkDomain = (where: string, domain: string): void => {
    if (known(domain) && !isDnsName(domain))
      problems.push(`${where} "${domain}" is not a DNS name — use lower-case labels such as kss.lab.example.com`);
  };
  const checkIp = (where: string, ip: string): void => {
    if (known(ip) && parseIpv4(ip) === undefined)
      problems.push(`${where} "${ip}" is not an IPv4 address — use dotted quad form`);
  };
  checkDomain("support.domain", props.support.domain);
  checkIp("support.ip", props.support.ip);

  const firstSeen = <T>(map: Map<T, string>, key: T, where: string): string | undefined => {
    const previous = map.get(key);
    if (previous === undefined) map.set(key, where);
    return previous;
  };
  const clusterNames = new Map<string, string>();
  const ingressIps = new Map<string, string>();
  const namespaces = new Map<string, string>();
  const domains = new Map<string, string>([[props.support.domain, "support.domain"]]);
  const routerNames = new Map<string, string>([[SUPPORT_ROUTER, "the support router"]]);
  props.clusters.forEach((cluster, i) => {
    const at = `clusters[${i}]`;
    if (known(cluster.name)) {
      if (!isDnsLabel(cluster.name))
        problems.push(`${at}.name "${cluster.name}" is not a DNS label — use lower-case letters, digits and '-'`);
      const previous = firstSeen(clusterNames, cluster.name, at);
      if (previous !== undefined)
        problems.push(`${at}.name "${cluster.name}" is already used by ${previous} — give each cluster its own name`);
      else {
        const router = `${cluster.name}-router`;
        const clash = firstSeen(routerNames, router, at);
        if (clash !== undefined)
          problems.push(
            `${at}.name "${cluster.name}" gives router "${router}", the name of ${clash} — rename the cluster`,
          );
      }
    }
    checkDomain(`${at}.domain`, cluster.domain);
    if (known(cluster.domain)) {
      const previous = firstSeen(domains, cluster.domain, `${at}.domain`);
      if (previous !== undefined)
        problems.push(
          `${at}.domain "${cluster.domain}" is already intercepted for ${previous} — give each cluster its own domain`,
        );
    }
    checkIp(`${at}.ingressIp`, cluster.ingressIp);
    if (known(cluster.ingressIp)) {
      const previous = firstSeen(ingressIps, cluster.ingressIp, at);
      if (previous !== undefined)
        problems.push(
          `${at}.ingressIp ${cluster.ingressIp} is already used by ${previous} — each cluster's ingress needs its own address`,
        );
    }
    if (known(cluster.vaultNamespace)) {
      if (!props.root.namespaces[cluster.vaultNamespace])
        problems.push(
          `${at}.vaultNamespace "${cluster.vaultNamespace}" is not a namespace of the Vault root — add the cluster to the model`,
        );
      const previous = firstSeen(namespaces, cluster.vaultNamespace, at);
      if (previous !== undefined)
        problems.push(
          `${at}.vaultNamespace "${cluster.vaultNamespace}" is already used by ${previous}, whose router JWT would be overwritten — give each cluster its own namespace`,
        );
    }
  });

  const deviceNames = new Map<string, string>();
  props.devices.forEach((device, i) => {
    const at = `devices[${i}]`;
    if (known(device.name)) {
      if (!DEVICE_NAME.test(device.name))
        problems.push(`${at}.name "${device.name}" must be letters, digits, '.', '_' or '-' (it becomes a Vault path)`);
      const previous = firstSeen(deviceNames, device.name, at);
      if (previous !== undefined)
        problems.push(`${at}.name "${device.name}" is already used by ${previous} — give each device its own name`);
      const router = routerNames.get(device.name);
      if (router !== undefined)
        problems.push(
          `${at}.name "${device.name}" is the name of a router (${router}), whose identity has that name — rename the device`,
        );
    }
    device.roleAttributes.forEach((attribute, j) => {
      if (!known(attribute)) return;
      if (attribute.trim() === "")
        problems.push(`${at}.roleAttributes[${j}] is empty — remove it or name a role such as "admin"`);
      else if (/^[#@]/.test(attribute) || /\s/.test(attribute))
        problems.push(
          `${at}.roleAttributes[${j}] "${attribute}" must be a bare attribute without '#', '@' or spaces — write "${attribute.replace(/^[#@]/, "").trim()}"`,
        );
    });
  });

  const serviceAttributes = new Set([
    SUPPORT_ATTRIBUTE,
    CLUSTERS_ATTRIBUTE,
    ...props.clusters.map((cluster) => cluster.name),
  ]);
  for (const [role, serviceRoles] of Object.entries(dialRoles)) {
    if (!known(role)) continue;
    if (role.trim() === "" || /^[#@]/.test(role) || /\s/.test(role))
      problems.push(`dialRoles key "${role}" must be a bare device role attribute, such as "admin"`);
    if (serviceRoles.length === 0)
      problems.push(`dialRoles.${role} is empty — list service roles such as "#clusters", or remove the entry`);
    if (serviceRoles.includes("#all") && serviceRoles.length > 1)
      problems.push(`dialRoles.${role} lists "#all" with other roles — the controller accepts "#all" only on its own`);
    for (const serviceRole of serviceRoles) {
      if (!known(serviceRole) || serviceRole === "#all") continue;
      if (!serviceRole.startsWith("#") || !serviceAttributes.has(serviceRole.slice(1)))
        problems.push(
          `dialRoles.${role} names "${serviceRole}", which no service carries — use #all, ${[...serviceAttributes].map((a) => `#${a}`).join(", ")}`,
        );
    }
  }
  return problems;
}
