// Writes the POST body both servers receive: the engine benchmark's operation and variables as one JSON request.
// Usage: node bench/http/request-body.cjs > body.json
'use strict';
const fs = require('fs');
const path = require('path');
const fixture = path.join(__dirname, '..', 'GraphQLFixture');
process.stdout.write(JSON.stringify({
  query: fs.readFileSync(path.join(fixture, 'operation.graphql'), 'utf8'),
  operationName: 'CustomerAccount',
  variables: JSON.parse(fs.readFileSync(path.join(fixture, 'variables.json'), 'utf8')),
}));
