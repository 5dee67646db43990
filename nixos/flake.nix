# NixOS side of the homelab: the base image the VMs are created from, the
# modules, and the per-host system (configuration.nix reading ./host.json).
#
# nixpkgs follows the current stable release branch; flake.lock pins the
# exact revision (see README.md for where the pin comes from). The upstream
# options the modules rely on are listed in upstream-options.json.
{
  description = "homelab-cdktf: NixOS base image and modules for the lab VMs";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-26.05";

  outputs =
    { self, nixpkgs }:
    let
      system = "x86_64-linux";
      baseImage = nixpkgs.lib.nixosSystem { modules = [ ./image.nix ]; };
    in
    {
      # nix build ./nixos#base-image -o nixos/result  ->  nixos/result/nixos.qcow2
      packages.${system} = {
        base-image = baseImage.config.system.build.qcow2;
        default = self.packages.${system}.base-image;
      };

      nixosModules = {
        libvirt-guest = ./hardware/libvirt-guest.nix;
        common = ./modules/common.nix;
        network = ./modules/network.nix;
        wait-for-files = ./modules/wait-for-files.nix;
        vault-ca = ./modules/vault-ca.nix;
        k8s-common = ./modules/k8s-common.nix;
        rke2-server = ./modules/rke2-server.nix;
        rke2-agent = ./modules/rke2-agent.nix;
        worker-storage = ./modules/worker-storage.nix;
        support = ./modules/support;
        master = ./roles/master.nix;
        worker = ./roles/worker.nix;
        support-role = ./roles/support.nix;
      };

      # On a VM, with host.json next to this file:
      #   nixos-rebuild switch --flake /etc/nixos#host
      nixosConfigurations.host = nixpkgs.lib.nixosSystem { modules = [ ./configuration.nix ]; };
    };
}
