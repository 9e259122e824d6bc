// Prints what a benchmark server spent between two snapshots of its counters (bench/IBok.Benchmarks/ServerCounters.cs):
// CPU µs and KB allocated per request, garbage collections and GC pause.
// Usage: node bench/http/counters.cjs <before.json> <after.json>
'use strict';
const fs = require('fs');
const [before, after] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
const requests = after.requests - before.requests - 1; // the "after" snapshot's own request
const per = (name) => (after[name] - before[name]) / requests;
console.log(`${requests} requests: ${(per('cpuMs') * 1000).toFixed(1)} CPU µs/request (server process, all threads), ` +
  `${(per('allocatedBytes') / 1024).toFixed(1)} KB allocated/request, GCs gen0/1/2 ${after.gen0 - before.gen0}/${after.gen1 - before.gen1}/${after.gen2 - before.gen2}, ` +
  `GC pause ${(after.gcPauseMs - before.gcPauseMs).toFixed(0)} ms, ` +
  `JIT ${after.jittedMethods - before.jittedMethods} methods in ${(after.jitMs - before.jitMs).toFixed(0)} ms`);
const reasons = Object.entries(after.gcReasons || {})
  .map(([reason, count]) => [reason, count - ((before.gcReasons || {})[reason] || 0)])
  .filter(([, count]) => count > 0)
  .map(([reason, count]) => `${count}× ${reason}`);
if (reasons.length > 0) console.log(`  GC ${after.gcServer ? 'server' : 'workstation'} (${after.gcLatencyMode}): ${reasons.join('; ')}`);
if (after.lastEphemeralGc) console.log(`  last ephemeral GC: ${after.lastEphemeralGc}`);
