// Drives one HTTP load measurement with autocannon and prints one Markdown table row.
// Usage: node bench/http/load.cjs <label> <url> <seconds> <connections> [body.json | --dashboard ids.json] [header:value ...]
//   body.json       the same POST body on every request (the transport benchmark)
//   --dashboard F   a dashboard query for a random customer id from the JSON array in F on every request
'use strict';
const fs = require('fs');
const autocannon = require('autocannon');

const [label, url, seconds, connections, bodyArg, ...rest] = process.argv.slice(2);
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
let requests;
if (bodyArg === '--dashboard') {
  const ids = JSON.parse(fs.readFileSync(rest.shift(), 'utf8'));
  const query = fs.readFileSync(require('path').join(__dirname, 'dashboard.graphql'), 'utf8');
  let state = 12345; // a fixed-seed LCG: the same customer sequence in every run
  const next = () => { state = (state * 1103515245 + 12345) % 2147483648; return ids[state % ids.length]; };
  requests = [{ method: 'POST', setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: { id: next() } }) }) }];
} else if (bodyArg) {
  requests = [{ method: 'POST', body: fs.readFileSync(bodyArg, 'utf8') }];
} else {
  requests = [{ method: 'GET' }];
}
for (const header of rest) {
  const at = header.indexOf(':');
  headers[header.slice(0, at).trim().toLowerCase()] = header.slice(at + 1).trim();
}

const instance = autocannon({ url, connections: Number(connections), duration: Number(seconds), headers, requests }, (error, result) => {
  if (error) throw error;
  const non2xx = result.non2xx + result.errors + result.timeouts;
  console.log(`| ${label} | ${Math.round(result.requests.average).toLocaleString('en-US')} | ${result.latency.p50} | ${result.latency.p99} | ` +
    `${Math.round(result.throughput.average / 1024).toLocaleString('en-US')} | ${result.requests.total.toLocaleString('en-US')} | ${non2xx} |`);
});
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
