// Differential-test oracle for validation: reads {"schema": SDL, "documents": [...]} on stdin and writes, for
// each document, graphql-js's validate() errors (message and locations) as a JSON array on stdout.
// The rules are graphql-js's specifiedRules without MaxIntrospectionDepthRule (a graphql-js extension, not
// part of spec Section 5). Run from the repository root with NODE_PATH=<root>/node_modules after `npm ci`.
'use strict';

const { buildSchema, parse, validate, specifiedRules, MaxIntrospectionDepthRule } = require('graphql');

const rules = specifiedRules.filter((rule) => rule !== MaxIntrospectionDepthRule);

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const { schema: sdl, documents } = JSON.parse(input);
  const schema = buildSchema(sdl);
  const results = documents.map((document) =>
    validate(schema, parse(document), rules).map((error) => ({
      message: error.message,
      locations: (error.locations || []).map(({ line, column }) => ({ line, column })),
    })));
  process.stdout.write(JSON.stringify(results));
});
