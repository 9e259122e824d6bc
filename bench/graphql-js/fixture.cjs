// The engine benchmark's fixture for the node side (bench/GraphQLFixture): the schema with the same four resolvers
// as GraphQLBenchmarks.cs (every other field uses the default resolver over plain objects), its data, operation
// and variables. Shared by run.cjs, pairs.cjs and bench/http/mercurius-server.cjs so the peers answer alike.
'use strict';
const fs = require('fs');
const path = require('path');
const { buildSchema } = require('graphql');

const directory = path.join(__dirname, '..', 'GraphQLFixture');
const read = (name) => fs.readFileSync(path.join(directory, name), 'utf8');

function fixtureSchema(data) {
  const schema = buildSchema(read('schema.graphql'));
  const customersById = new Map(data.customers.map((c) => [c.id, c]));
  const takeLast = (items, count) => (count == null || count >= items.length ? items : items.slice(items.length - count));
  schema.getQueryType().getFields().customer.resolve = (_root, args) => customersById.get(args.id) ?? null;
  const customerFields = schema.getType('Customer').getFields();
  customerFields.premises.resolve = (customer, args) => (args.activeOnly ? customer.premises.filter((p) => p.active) : customer.premises);
  customerFields.invoices.resolve = (customer, args) => takeLast(customer.invoices, args.last);
  schema.getType('Meter').getFields().readings.resolve = (meter, args) => takeLast(meter.readings, args.last);
  return schema;
}

const data = JSON.parse(read('data.json'));
module.exports = {
  data,
  schema: fixtureSchema(data),
  source: read('operation.graphql'),
  variables: JSON.parse(read('variables.json')),
};
