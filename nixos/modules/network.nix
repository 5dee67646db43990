# Two NICs, told apart by MAC address (PCI slot order, and so the ens*/enp*
# names, depends on the libvirt domain definition):
#
# - the VLAN NIC, bridged onto the lab VLAN: DHCP with a static lease on the
#   router; the default route and DNS come from here;
# - the management NIC on libvirt's NAT network: DHCP for an address only.
#   Its gateway and DNS are ignored, otherwise the VM would route and resolve
#   through the hypervisor's NAT instead of the VLAN.
#
# Interfaces created by CNIs and Docker (cali*, flannel.1, cilium_*, lxc*,
# veth*, docker0, br-*) match neither file and stay unmanaged by networkd.
{ config, lib, ... }:
let
  cfg = config.homelab.network;
  macAddress = lib.types.strMatching "([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}";
in
{
  options.homelab.network = {
    vlanMac = lib.mkOption {
      type = macAddress;
      example = "52:54:00:69:50:20";
      description = ''
        MAC address of the NIC bridged onto the VLAN. It gets its address
        from DHCP (a static lease on the router), the default route and DNS.
      '';
    };

    managementMac = lib.mkOption {
      type = lib.types.nullOr macAddress;
      default = null;
      example = "52:54:00:aa:00:20";
      description = ''
        MAC address of the NIC on libvirt's NAT network, or null for a VM
        without one. It gets an address from DHCP; gateway, routes, DNS and
        NTP from that lease are ignored.
      '';
    };
  };

  config = {
    assertions = [
      {
        assertion = cfg.managementMac != null -> lib.toLower cfg.managementMac != lib.toLower cfg.vlanMac;
        message = "homelab.network.managementMac and homelab.network.vlanMac are both ${cfg.vlanMac}: give each NIC its own MAC";
      }
    ];

    networking.useNetworkd = true;
    networking.useDHCP = false;
    services.resolved.enable = true;

    systemd.network.networks."10-vlan" = {
      matchConfig.MACAddress = cfg.vlanMac;
      networkConfig = {
        DHCP = "ipv4";
        IPv6AcceptRA = false;
      };
      dhcpV4Config = {
        UseDNS = true;
        UseRoutes = true;
        RouteMetric = 100;
        # The hostname is static (networking.hostName); a name handed out by
        # the router must not replace it. Ours is sent so the router can
        # register it in DNS.
        UseHostname = false;
        SendHostname = true;
      };
      linkConfig.RequiredForOnline = "routable";
    };

    systemd.network.networks."20-management" = lib.mkIf (cfg.managementMac != null) {
      matchConfig.MACAddress = cfg.managementMac;
      networkConfig = {
        DHCP = "ipv4";
        IPv6AcceptRA = false;
      };
      dhcpV4Config = {
        UseGateway = false;
        UseRoutes = false;
        UseDNS = false;
        UseDomains = false;
        UseNTP = false;
        UseHostname = false;
        SendHostname = false;
        RouteMetric = 1000;
      };
      # Booting must not wait for the NAT network: the VLAN is what matters.
      linkConfig.RequiredForOnline = "no";
    };
  };
}
