export * from "./state-backend";
export * from "./vault-cluster";
export * from "./vault-root";
export * from "./libvirt-host";
export * from "./nixos-vm";
export * from "./paths";
export * from "./rke2-cluster";
export * from "./support-vm";
