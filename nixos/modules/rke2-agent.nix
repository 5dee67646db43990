# An RKE2 agent (worker). It joins the server at https://<masterIp>:9345 with
# the token in homelab.cluster.tokenFile.
{ config, lib, ... }:
let
  cfg = config.homelab.cluster;
  contract = builtins.fromJSON (builtins.readFile ../contract.json);
in
{
  config = lib.mkIf (cfg.role == "agent") {
    networking.firewall = {
      allowedTCPPorts = [
        80 # ingress (HTTP)
        443 # ingress (HTTPS)
        10250 # kubelet
      ];
      allowedTCPPortRanges = [
        # NodePort services
        {
          from = 30000;
          to = 32767;
        }
      ];
    };

    services.rke2.serverAddr = lib.mkIf (cfg.masterIp != null) "https://${cfg.masterIp}:${toString contract.ports.rke2.supervisor}";
  };
}
