// Differential-test oracle: reads a JSON array of GraphQL documents on stdin and writes, for each, either
// graphql-js's print(parse(document)) or its syntax error (message, line, column), as a JSON array on stdout.
// Run from the repository root (NODE_PATH=<root>/node_modules) after `npm ci`.
'use strict';

const { parse, print, version } = require('graphql');

function describe(document) {
  try {
    return { printed: print(parse(document)) };
  } catch (error) {
    if (!error.locations) {
      throw error;
    }
    const [{ line, column }] = error.locations;
    return { error: { message: replaceLoneSurrogates(error.message), line, column } };
  }
}

// A message can quote half of a surrogate pair (graphql-js slices UTF-16 text); JSON readers reject lone
// surrogates, so they travel as U+FFFD and the C# side applies the same replacement before comparing.
function replaceLoneSurrogates(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const documents = JSON.parse(input);
  process.stdout.write(JSON.stringify({ version, results: documents.map(describe) }));
});
