# What tests/eval.nix must produce for each host.json example (a subset of
# its output), and changes that must make an assertion fail, naming the
# option at fault.
let
  leaderElection = [
    "leader-elect-lease-duration=60s"
    "leader-elect-renew-deadline=40s"
    "leader-elect-retry-period=8s"
  ];
  token = "/var/lib/homelab/secrets/rke2-token";
in
{
  master = {
    failedAssertions = [ ];
    # The system trust store is the public roots plus the fetched Vault CA.
    systemCaBundle = "/var/lib/homelab/vault-ca/ca-bundle.crt";
    hostName = "kss-master";
    firewall = {
      tcp = [
        22
        80
        443
        2379
        2380
        6443
        9345
        10250
        10257
        10259
      ];
      udp = [ 8472 ];
      tcpRanges = [ ];
      trustedInterfaces = [
        "cali+"
        "flannel.1"
      ];
      checkReversePath = true;
    };
    sysctl = {
      "net.ipv4.conf.all.rp_filter" = 1;
      "net.ipv4.ip_forward" = 1;
      "net.bridge.bridge-nf-call-iptables" = 1;
    };
    rke2 = {
      enable = true;
      # The pinned minor (contract.json kubernetesMinor), not nixpkgs' rke2_stable.
      package.name = "rke2_1_35";
      role = "server";
      cni = "canal";
      nodeName = "kss-master";
      nodeIP = "10.69.50.20";
      tokenFile = token;
      disable = [ "rke2-ingress-nginx" ];
      nodeTaint = [ "node-role.kubernetes.io/control-plane:NoSchedule" ];
      nodeLabel = [ ];
    };
    rke2Config = {
      write-kubeconfig-mode = "0600";
      tls-san = [
        "kss-master"
        "kss-master.kss.lab.example.com"
        "10.69.50.20"
      ];
      cluster-cidr = "10.42.0.0/16";
      service-cidr = "10.43.0.0/16";
      etcd-expose-metrics = true;
      resolv-conf = "/run/systemd/resolve/resolv.conf";
      kube-apiserver-arg = [
        "audit-log-maxage=30"
        "audit-log-maxbackup=10"
        "audit-log-maxsize=100"
        "oidc-issuer-url=https://auth.kss.lab.example.com/realms/broker"
        "oidc-client-id=kubernetes"
        "oidc-username-claim=preferred_username"
        "oidc-username-prefix=oidc:"
        "oidc-groups-claim=groups"
        "oidc-groups-prefix=oidc:"
        "oidc-ca-file=/var/lib/homelab/vault-ca/ca-bundle.crt"
      ];
      kube-apiserver-extra-mount = [ "/var/lib/homelab/vault-ca:/var/lib/homelab/vault-ca:ro" ];
      kube-controller-manager-arg = leaderElection;
      kube-scheduler-arg = leaderElection;
    };
    registries.mirrors = {
      "docker.io" = {
        endpoint = [ "https://harbor.support.lab.example.com" ];
        rewrite."^(.*)$" = "docker.io/$1";
      };
      "gcr.io".rewrite."^(.*)$" = "gcr.io/$1";
    };
    registries.configs."harbor.support.lab.example.com".tls.ca_file =
      "/var/lib/homelab/vault-ca/ca-bundle.crt";
    networks = {
      "10-vlan".matchConfig.MACAddress = "52:54:00:69:50:20";
      "20-management" = {
        matchConfig.MACAddress = "52:54:00:aa:00:20";
        dhcpV4Config = {
          UseGateway = false;
          UseDNS = false;
        };
      };
    };
    paths.homelab-wait-rke2-server = {
      PathChanged = [ token ];
      Unit = "rke2-server.service";
    };
    sshPorts = [ 22 ];
  };

  worker = {
    failedAssertions = [ ];
    # The system trust store is the public roots plus the fetched Vault CA.
    systemCaBundle = "/var/lib/homelab/vault-ca/ca-bundle.crt";
    hostName = "kcs-worker-1";
    firewall = {
      tcp = [
        22
        80
        443
        4240
        4244
        4245
        10250
      ];
      udp = [
        8472
        51871
      ];
      tcpRanges = [
        {
          from = 30000;
          to = 32767;
        }
      ];
      trustedInterfaces = [
        "cilium_+"
        "lxc+"
      ];
      checkReversePath = "loose";
      extraCommands = "";
    };
    sysctl."net.ipv4.conf.all.rp_filter" = 0;
    rke2 = {
      role = "agent";
      serverAddr = "https://10.69.50.50:9345";
      nodeName = "kcs-worker-1";
      nodeIP = "10.69.50.61";
      tokenFile = token;
      nodeLabel = [ "bgp_enabled=true" ];
    };
    rke2Config = {
      resolv-conf = "/run/systemd/resolve/resolv.conf";
    };
    fileSystems = [
      "/"
      "/mnt/nfs/backups"
      "/mnt/nfs/kubernetes-rwx"
    ];
    paths.homelab-wait-rke2-agent.Unit = "rke2-agent.service";
  };

  support = {
    failedAssertions = [ ];
    hostName = "support";
    # Exactly the enabled services' ports: SSH; nginx; NFS (rpcbind, nfsd,
    # statd, lockd, mountd); GitLab SSH; Ziti; Teleport; MinIO.
    firewall = {
      tcp = [
        22
        80
        111
        443
        2029
        2030
        2034
        2045
        2046
        2049
        2222
        3023
        3024
        3026
        3080
        4000
        4001
        4002
        9000
      ];
      udp = [
        111
        2049
        4000
        4001
        4002
      ];
      trustedInterfaces = [ ];
    };
    nginxHosts = [
      "_"
      "gitlab.support.lab.example.com"
      "harbor.support.lab.example.com"
      "idp.support.lab.example.com"
      "minio-console.support.lab.example.com"
      "minio.support.lab.example.com"
      "teleport.support.lab.example.com"
      "vault.support.lab.example.com"
      "zac.support.lab.example.com"
    ];
    containers = [
      "ziti-console"
      "ziti-controller"
      "ziti-router"
    ];
    # Git over SSH (2222) is an sshd of its own (gitlab.nix), not the VM's.
    sshPorts = [ 22 ];
    homelab.support = {
      openbao.initFile = "/var/lib/homelab/secrets/openbao-init.json";
      minio.rootCredentialsFile = "/var/lib/homelab/secrets/minio-root.env";
      harbor.s3Endpoint = "http://10.69.50.10:9000";
      keycloak.port = 8180;
      teleport.clusterJoinTokenFiles = {
        kcs = "/var/lib/homelab/secrets/teleport-kube-token-kcs";
        kss = "/var/lib/homelab/secrets/teleport-kube-token-kss";
      };
      teleport.admins = [ "alice" ];
      teleport.adminLogins = [
        "root"
        "admin"
      ];
      # nginx and Teleport serve the certificate security.acme maintains.
      tls = {
        certificateFile = "/var/lib/acme/support.lab.example.com/fullchain.pem";
        certificateKeyFile = "/var/lib/acme/support.lab.example.com/key.pem";
      };
    };
    # One wildcard certificate over DNS-01 (Cloudflare), the token passed
    # as a systemd credential from the delivered file, the ACME contact and
    # directory from host.json, nginx and Teleport reloaded on renewal.
    acme = {
      acceptTerms = true;
      certs."support.lab.example.com" = {
        domain = "support.lab.example.com";
        # ziti.example.com: the Ziti controller's management listener, outside the wildcard.
        extraDomainNames = [
          "*.support.lab.example.com"
          "ziti.example.com"
        ];
        email = "admin@example.com";
        server = "https://acme-v02.api.letsencrypt.org/directory";
        dnsProvider = "cloudflare";
        dnsResolver = "1.1.1.1:53";
        credentialFiles.CLOUDFLARE_DNS_API_TOKEN_FILE = "/var/lib/homelab/secrets/cloudflare-api-token";
        group = "nginx";
        reloadServices = [
          "nginx.service"
          "teleport.service"
        ];
      };
    };
    waitForFiles."acme-order-renew-support.lab.example.com" = [
      "/var/lib/homelab/secrets/cloudflare-api-token"
    ];
    nginxAcmeHosts = {
      "_" = null;
      "vault.support.lab.example.com" = "support.lab.example.com";
      "gitlab.support.lab.example.com" = "support.lab.example.com";
    };
  };

  image = {
    failedAssertions = [ ];
    image = {
      format = "qcow2";
      partitionTableType = "legacy";
    };
  };

  assertionCases = {
    master = [
      {
        description = "masterIp that is not the server's own address";
        module = { lib, ... }: { homelab.cluster.masterIp = lib.mkForce "10.69.50.99"; };
        mentions = "homelab.cluster.masterIp";
      }
      {
        description = "OIDC issuer over plain HTTP";
        module = { lib, ... }: { homelab.cluster.oidc.issuerUrl = lib.mkForce "http://auth.example.com"; };
        mentions = "homelab.cluster.oidc.issuerUrl";
      }
      {
        description = "Canal with the nftables firewall";
        module = { networking.nftables.enable = true; };
        mentions = "networking.nftables.enable";
      }
      {
        description = "no SSH keys";
        module = { lib, ... }: { homelab.common.sshAuthorizedKeys = lib.mkForce [ ]; };
        mentions = "homelab.common.sshAuthorizedKeys";
      }
    ];
    worker = [
      {
        description = "agent without masterIp";
        module = { lib, ... }: { homelab.cluster.masterIp = lib.mkForce null; };
        mentions = "homelab.cluster.masterIp";
      }
      {
        description = "token file in the Nix store";
        module = { lib, ... }: { homelab.cluster.tokenFile = lib.mkForce "/nix/store/0000-token"; };
        mentions = "homelab.cluster.tokenFile";
      }
      {
        description = "Cilium with strict reverse-path filtering";
        module = { lib, ... }: { boot.kernel.sysctl."net.ipv4.conf.all.rp_filter" = lib.mkForce 1; };
        mentions = "homelab.cluster.cni";
      }
      {
        description = "NFS exports without a server";
        module = { lib, ... }: { homelab.cluster.nfs.server = lib.mkForce null; };
        mentions = "homelab.cluster.nfs.server";
      }
    ];
    support = [
      {
        description = "Harbor without nginx";
        module = { lib, ... }: { homelab.support.nginx.enable = lib.mkForce false; };
        mentions = "homelab.support.harbor.enable";
      }
      {
        description = "Harbor on the local MinIO without MinIO";
        module = { lib, ... }: { homelab.support.minio.enable = lib.mkForce false; };
        mentions = "homelab.support.harbor.s3Endpoint";
      }
      {
        description = "a secret file in the Nix store";
        module = { homelab.support.keycloak.adminPasswordFile = "/nix/store/0000-password"; };
        mentions = "homelab.support.keycloak.adminPasswordFile";
      }
      {
        description = "ACME without a contact address";
        module = { lib, ... }: { homelab.support.acme.email = lib.mkForce null; };
        mentions = "homelab.support.acme.email";
      }
      {
        description = "the DNS provider's token in the Nix store";
        module = { homelab.support.acme.cloudflareApiTokenFile = "/nix/store/0000-token"; };
        mentions = "homelab.support.acme.credentialFiles";
      }
    ];
  };
}
