// Our cached path against graphql-jit's compiled query, in alternating slices (issue 3's "at least as fast as
// graphql-jit"): this host's speed drifts by tens of percent within minutes, more than the gap between the two, so
// runs one after the other (bench/run-graphql.sh) can disagree. Here the .NET probe (IBok.Benchmarks graphql-slices)
// waits on its stdin while graphql-jit runs a slice and the other way round, the order alternating; each pair of
// neighbouring slices gives one ratio, and the median of the ratios compares the engines rather than the host.
// Usage (from the repository root, after `dotnet build bench/IBok.Benchmarks -c Release`):
//   node bench/graphql-js/pairs.cjs [Execute|ExecuteTyped] [pairs, default 40] [slice ms, default 250]
'use strict';
const { spawn } = require('child_process');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { parse, validate, specifiedRules } = require('graphql');
const { compileQuery, isCompiledQuery } = require('graphql-jit');
const { schema, source, variables } = require('./fixture.cjs');

const [caseName = 'Execute', pairsArg = '40', sliceArg = '250'] = process.argv.slice(2);
const pairs = Number(pairsArg);
const sliceMs = Number(sliceArg);
const root = path.join(__dirname, '..', '..');
const document = parse(source);
if (validate(schema, document, specifiedRules).length > 0) throw new Error('invalid operation');
const compiled = compileQuery(schema, document, 'CustomerAccount');
if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile');
const rootValue = {};

let sink = 0;
function jitSlice(ms) {
  const end = process.hrtime.bigint() + BigInt(ms * 1e6);
  const start = process.hrtime.bigint();
  let operations = 0;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 20; i++) sink += compiled.query(rootValue, undefined, variables) === undefined ? 1 : 0;
    operations += 20;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / 1000 / operations;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

(async () => {
  const dll = path.join(root, 'bench', 'IBok.Benchmarks', 'bin', 'Release', 'net10.0', 'IBok.Benchmarks.dll');
  const dotnet = spawn('dotnet', [dll, 'graphql-slices', caseName], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: dotnet.stdout })[Symbol.asyncIterator]();
  const next = async () => (await lines.next()).value;
  if ((await next()) !== 'ready') throw new Error('the .NET probe did not start');
  const dotnetSlice = async (ms) => {
    dotnet.stdin.write(`${ms}\n`);
    const [operations, microseconds] = (await next()).split(' ').map(Number);
    return microseconds / operations;
  };

  // Warm-up: tiered compilation on one side, V8's optimizing tiers on the other.
  for (let i = 0; i < 8; i++) {
    await dotnetSlice(250);
    jitSlice(250);
  }

  const ours = [];
  const jit = [];
  for (let pair = 0; pair < pairs; pair++) {
    if (pair % 2 === 0) {
      ours.push(await dotnetSlice(sliceMs));
      jit.push(jitSlice(sliceMs));
    } else {
      jit.push(jitSlice(sliceMs));
      ours.push(await dotnetSlice(sliceMs));
    }
  }
  dotnet.stdin.end();

  const ratios = ours.map((us, index) => jit[index] / us);
  console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ` +
    `node ${process.version}, graphql-jit ${require('graphql-jit/package.json').version}; ${pairs} pairs of ${sliceMs} ms slices`);
  console.log(`| case | IBok.GraphQL ${caseName} median µs/op | graphql-jit median µs/op | speed ratio (jit µs / ours µs) median | ratio 10th-90th percentile |`);
  console.log('|---|---:|---:|---:|---|');
  console.log(`| ${caseName} | ${median(ours).toFixed(2)} | ${median(jit).toFixed(2)} | ${median(ratios).toFixed(2)}x | ` +
    `${quantile(ratios, 0.1).toFixed(2)}x-${quantile(ratios, 0.9).toFixed(2)}x |`);
  if (sink === -1) console.log(sink);
})().catch((error) => { console.error(error); process.exit(1); });
