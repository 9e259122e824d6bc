// Differential-test oracle for execution: reads {cases: [{sdl, rootValue, document, variables, operationName}]}
// on stdin and writes, for each case, graphql-js's graphql() result and the resolver call log, as JSON on stdout.
// A document "$introspection" stands for getIntrospectionQuery() with every option the engine supports, whose
// text is also written out.
// Conventions (mirrored by ConventionResolvers.cs): a field resolves to the property of its parent value
// named like the field; a value {"$error": "msg"} throws Error("msg") (as a list item it is an error item);
// {"$delay": ms, "value": v} resolves to v after ms milliseconds; the string "$args" resolves to the
// field's coerced arguments as JSON text; abstract types resolve through "__typename".
// Run from the repository root (NODE_PATH=<root>/node_modules) after `npm ci`.
'use strict';

const { graphql, buildSchema, getIntrospectionQuery, version } = require('graphql');

function pathText(path) {
  const keys = [];
  for (let p = path; p; p = p.prev) keys.unshift(p.key);
  return keys.join('.');
}

function isError(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.$error === 'string';
}

function itemValue(value) {
  if (isError(value)) return new Error(value.$error);
  if (Array.isArray(value)) return value.map(itemValue);
  return value;
}

function makeResolver(log) {
  return (source, args, _context, info) => {
    const path = pathText(info.path);
    log.push('start ' + path);
    const value = source !== null && typeof source === 'object' ? source[info.fieldName] : undefined;
    const settle = (v) => {
      if (v === '$args') return JSON.stringify(args);
      if (isError(v)) throw new Error(v.$error);
      return Array.isArray(v) ? v.map(itemValue) : v;
    };
    if (value !== null && typeof value === 'object' && typeof value.$delay === 'number') {
      return new Promise((resolve, reject) => setTimeout(() => {
        log.push('end ' + path);
        try { resolve(settle(value.value)); } catch (e) { reject(e); }
      }, value.$delay));
    }
    return settle(value);
  };
}

const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

async function run(testCase) {
  const schema = buildSchema(testCase.sdl);
  const log = [];
  const result = await graphql({
    schema,
    source: testCase.document === '$introspection' ? introspectionQuery : testCase.document,
    rootValue: testCase.rootValue,
    variableValues: testCase.variables,
    operationName: testCase.operationName,
    fieldResolver: makeResolver(log),
  });
  return { result: JSON.parse(JSON.stringify(result)), log };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', async () => {
  const request = JSON.parse(input);
  const results = [];
  for (const testCase of request.cases) {
    try {
      results.push(await run(testCase));
    } catch (error) {
      results.push({ failure: String(error && error.stack || error) });
    }
  }
  process.stdout.write(JSON.stringify({ version, introspectionQuery, results }));
});
