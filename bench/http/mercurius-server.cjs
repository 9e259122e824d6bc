// The peer of the transport benchmark: the engine benchmark's schema, resolvers and in-memory data
// (bench/GraphQLFixture, same as bench/graphql-js/run.cjs) served by fastify + mercurius with graphql-jit
// (`jit: 1`: every query is compiled after its first execution), one node process, logging off.
// Usage (from the repository root): node bench/http/mercurius-server.cjs <port>
'use strict';
const fs = require('fs');
const path = require('path');
const Fastify = require('fastify');
const mercurius = require('mercurius');
const { buildSchema } = require('graphql');

const fixture = path.join(__dirname, '..', 'GraphQLFixture');
const sdl = fs.readFileSync(path.join(fixture, 'schema.graphql'), 'utf8');
const data = JSON.parse(fs.readFileSync(path.join(fixture, 'data.json'), 'utf8'));

const schema = buildSchema(sdl);
const customersById = new Map(data.customers.map((c) => [c.id, c]));
const takeLast = (items, count) => (count == null || count >= items.length ? items : items.slice(items.length - count));
schema.getQueryType().getFields().customer.resolve = (_root, args) => customersById.get(args.id) ?? null;
const customerFields = schema.getType('Customer').getFields();
customerFields.premises.resolve = (customer, args) => (args.activeOnly ? customer.premises.filter((p) => p.active) : customer.premises);
customerFields.invoices.resolve = (customer, args) => takeLast(customer.invoices, args.last);
schema.getType('Meter').getFields().readings.resolve = (meter, args) => takeLast(meter.readings, args.last);

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.register(mercurius, { schema, jit: 1, graphiql: false, path: '/graphql' });
const port = Number(process.argv[2] ?? 5091);
app.listen({ port, host: '127.0.0.1' }).then(() => {
  console.log(`mercurius ${require('mercurius/package.json').version} (graphql-jit) listening on http://127.0.0.1:${port}/graphql`);
});
