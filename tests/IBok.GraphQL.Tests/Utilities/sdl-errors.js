// Differential-test oracle for SDL validation: reads a JSON array of SDL documents on stdin and writes, for
// each, graphql-js's validateSDL errors (message and locations) as a JSON array on stdout.
// Run from the repository root (NODE_PATH=<root>/node_modules) after `npm ci`.
'use strict';

const { parse } = require('graphql');
const { validateSDL } = require('graphql/validation/validate');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const documents = JSON.parse(input);
  const results = documents.map((sdl) => validateSDL(parse(sdl)).map((error) => ({
    message: error.message,
    locations: (error.locations || []).map(({ line, column }) => [line, column]),
  })));
  process.stdout.write(JSON.stringify(results));
});
