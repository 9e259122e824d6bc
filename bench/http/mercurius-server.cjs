// The peer of the transport benchmark: the engine benchmark's schema, resolvers and in-memory data
// (bench/GraphQLFixture, same as bench/graphql-js/run.cjs) served by fastify + mercurius with graphql-jit
// (`jit: 1`: every query is compiled after its first execution), one node process, logging off.
// Usage (from the repository root): node bench/http/mercurius-server.cjs <port>
'use strict';
const Fastify = require('fastify');
const mercurius = require('mercurius');
const { schema } = require('../graphql-js/fixture.cjs');

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.register(mercurius, { schema, jit: 1, graphiql: false, path: '/graphql' });
const port = Number(process.argv[2] ?? 5091);
app.listen({ port, host: '127.0.0.1' }).then(() => {
  console.log(`mercurius ${require('mercurius/package.json').version} (graphql-jit) listening on http://127.0.0.1:${port}/graphql`);
});
