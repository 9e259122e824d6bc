// Times graphql-js 16 and graphql-jit on the shared fixture in bench/GraphQLFixture (same schema, data, operation
// and variables as GraphQLBenchmarks.cs). Serialization of the result is excluded on both sides.
// Usage (from the repository root): node bench/graphql-js/run.cjs [secondsPerMeasurement]
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { parse, validate, execute, specifiedRules } = require('graphql');
const { compileQuery, isCompiledQuery } = require('graphql-jit');
const { schema, source, variables } = require('./fixture.cjs');

const rootValue = {};
const document = parse(source);
const errors = validate(schema, document, specifiedRules);
if (errors.length > 0) throw new Error('Invalid operation: ' + errors.map((e) => e.message).join('; '));

const compiled = compileQuery(schema, document, 'CustomerAccount');
if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile: ' + JSON.stringify(compiled));

const cases = {
  'graphql-js full path (parse+validate+execute)': () => {
    const doc = parse(source);
    const errs = validate(schema, doc, specifiedRules);
    if (errs.length > 0) throw new Error('invalid');
    return execute({ schema, document: doc, rootValue, variableValues: variables });
  },
  'graphql-js execute only (cached document)': () => execute({ schema, document, rootValue, variableValues: variables }),
  'graphql-jit compiled query()': () => compiled.query(rootValue, undefined, variables),
  'graphql-js parse only': () => parse(source),
  'graphql-js validate only': () => validate(schema, document, specifiedRules),
};

// All engines must give the same response.
const expected = JSON.stringify(execute({ schema, document, rootValue, variableValues: variables }));
for (const [name, run] of Object.entries(cases).slice(0, 3)) {
  const actual = JSON.stringify(run());
  if (actual !== expected) throw new Error(name + ' gave a different result');
}
if (JSON.parse(expected).errors) throw new Error('The operation failed: ' + expected);
fs.writeFileSync(path.join(__dirname, 'expected-result.json'), expected + '\n');

const seconds = Number(process.argv[2] ?? 2);
let sink = 0;
function measure(run, durationNs) {
  let operations = 0;
  const start = process.hrtime.bigint();
  const end = start + durationNs;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) sink += run() === undefined ? 1 : 0;
    operations += 50;
    now = process.hrtime.bigint();
  }
  return { operations, ns: Number(now - start) };
}

console.log(`node ${process.version}, graphql ${require('graphql/package.json').version}, graphql-jit ${require('graphql-jit/package.json').version}, ` +
  `${os.cpus().length} x ${os.cpus()[0].model}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`response: ${expected.length} bytes of JSON; ${seconds} s warm-up, then 5 measurements of ${seconds} s each per case`);
console.log('');
console.log('| Case | ops/s (mean of 5) | mean µs/op | best µs/op | worst µs/op |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, run] of Object.entries(cases)) {
  measure(run, BigInt(Math.round(seconds * 1e9))); // warm-up (JIT tiers, inline caches)
  const perOp = [];
  for (let i = 0; i < 5; i++) {
    const { operations, ns } = measure(run, BigInt(Math.round(seconds * 1e9)));
    perOp.push(ns / operations / 1000);
  }
  const mean = perOp.reduce((a, b) => a + b, 0) / perOp.length;
  console.log(`| ${name} | ${Math.round(1e6 / mean).toLocaleString('en-US')} | ${mean.toFixed(2)} | ${Math.min(...perOp).toFixed(2)} | ${Math.max(...perOp).toFixed(2)} |`);
}
if (sink === -1) console.log(sink);
