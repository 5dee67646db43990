/**
 * Jest resolver: the Kubernetes model packages (kubernetes-models,
 * @kubernetes-models/*) are ES modules that export only an `import`
 * condition, which Jest's CommonJS resolution does not ask for. For them,
 * resolve with `import`; everything else resolves as before. Their files are
 * then compiled to CommonJS by the transform (jest.config.js).
 */
"use strict";
const ESM_ONLY = /^(kubernetes-models|@kubernetes-models\/[^/]+)(\/|$)/;

module.exports = (request, options) =>
  options.defaultResolver(
    request,
    ESM_ONLY.test(request) ? { ...options, conditions: ["import", "default"] } : options,
  );
