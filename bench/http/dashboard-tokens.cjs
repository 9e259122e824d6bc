// Signs every login in through the server's signIn mutation (bearer tokens) and writes the tokens as a JSON array.
// Usage: node bench/http/dashboard-tokens.cjs <graphql url> <logins file> <password> <tokens.json>
'use strict';
const fs = require('fs');

const [url, loginsFile, password, tokensFile] = process.argv.slice(2);
const logins = fs.readFileSync(loginsFile, 'utf8').split('\n').filter((line) => line.trim() !== '');
const mutation = 'mutation ($input: SignInInput!) { signIn(input: $input) { session { accessToken } errors { __typename message } } }';

async function signIn(login) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: mutation, variables: { input: { login, password, bearerToken: true } } }),
  });
  const body = await response.json();
  const token = body.data?.signIn?.session?.accessToken;
  if (!token) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(body)}`);
  return token;
}

(async () => {
  const tokens = new Array(logins.length);
  let next = 0;
  // Two at a time: password hashing is deliberately slow, and the machine has two cores.
  await Promise.all([0, 1].map(async () => {
    while (next < logins.length) {
      const index = next++;
      tokens[index] = await signIn(logins[index]);
    }
  }));
  fs.writeFileSync(tokensFile, JSON.stringify(tokens));
  console.log(`${tokens.length} bearer tokens`);
})().catch((error) => { console.error(error.message); process.exit(1); });
