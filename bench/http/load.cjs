// Drives one HTTP load measurement with autocannon and prints one Markdown table row.
// Usage: node bench/http/load.cjs <label> <url> <seconds> <connections> [body.json] [header:value ...]
//   body.json       the same POST body on every request (the transport benchmark); without it, GET
// LOAD_RESULT=file  also writes {requests, non2xx} there (for CPU per request).
// LOAD_TOKENS=file  a JSON array of bearer tokens: every request carries one drawn at random (the dashboard benchmark).
'use strict';
const fs = require('fs');
const autocannon = require('autocannon');

const [label, url, seconds, connections, bodyArg, ...rest] = process.argv.slice(2);
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
let requests;
if (bodyArg && process.env.LOAD_TOKENS) {
  const tokens = JSON.parse(fs.readFileSync(process.env.LOAD_TOKENS, 'utf8'));
  const body = fs.readFileSync(bodyArg, 'utf8');
  requests = [{
    method: 'POST',
    body,
    setupRequest: (request) => {
      request.headers = { ...request.headers, authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}` };
      return request;
    },
  }];
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
  if (process.env.LOAD_RESULT) {
    fs.writeFileSync(process.env.LOAD_RESULT, JSON.stringify({ requests: result.requests.total, non2xx }));
  }
  console.log(`| ${label} | ${Math.round(result.requests.average).toLocaleString('en-US')} | ${result.latency.p50} | ${result.latency.p99} | ` +
    `${Math.round(result.throughput.average / 1024).toLocaleString('en-US')} | ${result.requests.total.toLocaleString('en-US')} | ${non2xx} |`);
});
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
