// Drives the real graphql-ws client (npm graphql-ws over npm ws) for GraphQLWsClientTests.
// Usage: node graphql-ws-client.js <ws-url> <scenario-json>
// scenario: { "clients": [ { "name": "a", "connectionParams": {...} | null,
//                            "operations": [ { "name": "s", "query": "...", "variables": {...}, "take": 2 } ] } ] }
// Every operation starts at once. "take": after that many results the client completes the operation itself.
// Prints one JSON line per event: {"client","operation","event":"next"|"error"|"complete","payload"|"code","reason"}
// and exits 0 once every operation has ended.
'use strict';

const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);

function report(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function runOperation(client, clientName, operation) {
  return new Promise((resolve) => {
    let received = 0;
    let unsubscribe = () => {};
    const done = (line) => {
      report({ client: clientName, operation: operation.name, ...line });
      resolve();
    };
    unsubscribe = client.subscribe(
      { query: operation.query, variables: operation.variables ?? undefined },
      {
        next: (payload) => {
          received += 1;
          report({ client: clientName, operation: operation.name, event: 'next', payload });
          if (operation.take !== undefined && received >= operation.take) {
            unsubscribe();
            done({ event: 'taken' });
          }
        },
        error: (error) => {
          if (Array.isArray(error)) {
            done({ event: 'error', payload: error });
          } else if (error && typeof error.code === 'number') {
            done({ event: 'error', code: error.code, reason: error.reason });
          } else {
            done({ event: 'error', message: String(error && error.message ? error.message : error) });
          }
        },
        complete: () => {
          if (operation.take === undefined || received < operation.take) {
            done({ event: 'complete' });
          }
        },
      },
    );
  });
}

async function main() {
  const clients = [];
  const operations = [];
  for (const spec of scenario.clients) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: spec.connectionParams ?? undefined,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    for (const operation of spec.operations) {
      operations.push(runOperation(client, spec.name, operation));
    }
  }

  await Promise.all(operations);
  await Promise.all(clients.map((client) => client.dispose()));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exit(1);
  },
);
