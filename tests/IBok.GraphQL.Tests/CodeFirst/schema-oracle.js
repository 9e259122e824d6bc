// Schema oracle for code-first tests: reads a JSON array of SDL documents on stdin and writes, for each,
// graphql-js's printSchema(buildSchema(sdl)) and the messages of validateSchema, as a JSON array on stdout.
// Run from the repository root (NODE_PATH=<root>/node_modules) after `npm ci`.
'use strict';

const { buildSchema, printSchema, validateSchema } = require('graphql');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((sdl) => {
    const schema = buildSchema(sdl);
    return { printed: printSchema(schema), errors: validateSchema(schema).map((e) => e.message) };
  });
  process.stdout.write(JSON.stringify(results));
});
