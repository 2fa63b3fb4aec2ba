// Codegen schema loader: the supergraph's API schema (what clients of the gateway see), without the
// join__/link__ machinery of the supergraph file. The security links (@requiresScopes,
// @authenticated) are enforced by the subgraphs, so the feature check is skipped here.
const { readFileSync } = require('node:fs');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = function loadApiSchema(path) {
  return Supergraph.build(readFileSync(path, 'utf8'), { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
};
