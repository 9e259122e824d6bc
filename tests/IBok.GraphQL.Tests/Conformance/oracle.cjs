#!/usr/bin/env node
// Differential conformance oracle: runs graphql-js (npm `graphql` 16.x) over the case corpus in ./cases
// and writes the expected outcome of every case to ./expected/<same path>.json.
//
//   node oracle.cjs            recompute and (re)write every expected file
//   node oracle.cjs --check    recompute and fail (exit 1) on any difference from the committed files
//   node oracle.cjs --only validation/KnownTypeNamesRule.json   limit to one case file (either mode)
//
// The case format and the static resolver conventions are documented in README.md next to this file.
'use strict';

const fs = require('fs');
const path = require('path');
const graphql = loadGraphQL();

function loadGraphQL() {
  let module;
  try {
    module = require('graphql');
  } catch {
    console.error("npm package 'graphql' not found: run npm ci at the repository root, or set NODE_PATH");
    process.exit(2);
  }
  if (module.versionInfo.major !== 16) {
    console.error(`expected/ was produced by graphql 16.x; found ${module.version}`);
    process.exit(2);
  }
  return module;
}

const ROOT = __dirname;
const CASES = path.join(ROOT, 'cases');
const EXPECTED = path.join(ROOT, 'expected');

// The options of the one full introspection query the corpus uses (documents/introspection.graphql): everything
// the September 2025 spec has; graphql-js's experimental directive deprecation (not in the spec) is off.
const INTROSPECTION_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
  experimentalDirectiveDeprecation: false,
};

const CASE_KEYS = new Set([
  'name', 'description', 'schema', 'schemaFile', 'rootValue', 'rootValueFile', 'document', 'documentFile',
  'variables', 'operationName', 'rule', 'valid', 'tags', 'introspection',
]);

function fail(message) {
  throw new Error(message);
}

function listCaseFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCaseFiles(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

function readText(relative) {
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) fail(`missing file ${relative}`);
  return fs.readFileSync(full, 'utf8');
}

function checkCaseShape(c, where) {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) fail(`${where}: a case must be a JSON object`);
  for (const key of Object.keys(c)) if (!CASE_KEYS.has(key)) fail(`${where}: unknown key "${key}"`);
  if (typeof c.name !== 'string' || c.name.length === 0) fail(`${where}: "name" must be a non-empty string`);
  if ((c.schema === undefined) === (c.schemaFile === undefined)) fail(`${where}: exactly one of "schema", "schemaFile"`);
  if ((c.document === undefined) === (c.documentFile === undefined)) fail(`${where}: exactly one of "document", "documentFile"`);
  if (c.rootValue !== undefined && c.rootValueFile !== undefined) fail(`${where}: at most one of "rootValue", "rootValueFile"`);
  if (c.variables !== undefined && (typeof c.variables !== 'object' || c.variables === null || Array.isArray(c.variables))) {
    fail(`${where}: "variables" must be a JSON object`);
  }
  if (c.rule !== undefined && !graphql.specifiedRules.some((r) => r.name === c.rule)) fail(`${where}: unknown rule "${c.rule}"`);
  if ((c.rule === undefined) !== (c.valid === undefined)) fail(`${where}: "rule" and "valid" go together`);
  if (c.valid !== undefined && typeof c.valid !== 'boolean') fail(`${where}: "valid" must be a boolean`);
  if (c.introspection !== undefined && c.introspection !== 'full' && c.introspection !== 'sorted') {
    fail(`${where}: "introspection" must be "full" or "sorted"`);
  }
}

// Convention: {"$error": "message"} anywhere in the data becomes an error raised when that value is resolved
// (as a field value) or completed (as a list item). graphql-js raises a field error for an Error instance in both places.
function isErrorMarker(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.$error === 'string';
}

// Convention: {"$args": true} as a field's value resolves the field to its coerced argument values.
function isArgsMarker(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && v.$args === true;
}

function prepareData(value) {
  if (Array.isArray(value)) return value.map(prepareData);
  if (isErrorMarker(value)) return new Error(value.$error);
  if (isArgsMarker(value)) return value;
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = prepareData(v);
    return out;
  }
  return value;
}

function fieldResolver(source, args, _context, info) {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return null;
  if (!Object.prototype.hasOwnProperty.call(source, info.fieldName)) return null;
  const value = source[info.fieldName];
  if (isArgsMarker(value)) return toPlainJson(args);
  return value;
}

// Coerced arguments are built on null-prototype objects; make them ordinary JSON objects.
function toPlainJson(value) {
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlainJson(v);
    return out;
  }
  return value;
}

// Abstract types resolve by the "__typename" property of the value (graphql-js's default type resolver does the same).
function typeResolver(value) {
  return value !== null && typeof value === 'object' && typeof value.__typename === 'string' ? value.__typename : undefined;
}

function formatError(e) {
  const out = { message: e.message };
  if (e.locations && e.locations.length > 0) out.locations = e.locations.map((l) => ({ line: l.line, column: l.column }));
  if (e.path && e.path.length > 0) out.path = [...e.path];
  return out;
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// The normalisation applied to the data of introspection cases before comparing (see README.md): orders that the
// spec leaves to the implementation are made canonical.
function normalizeIntrospection(data) {
  const copy = JSON.parse(JSON.stringify(data));
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'possibleTypes' && Array.isArray(value)) value.sort(byName);
      if (key === '__schema' && value !== null && typeof value === 'object') {
        if (Array.isArray(value.types)) value.types.sort(byName);
        if (Array.isArray(value.directives)) {
          value.directives.sort(byName);
          for (const d of value.directives) if (Array.isArray(d.locations)) d.locations.sort();
        }
      }
      walk(value);
    }
  };
  walk(copy);
  return copy;
}

function runCase(c, where) {
  const sdl = c.schema !== undefined ? c.schema : readText(path.join('schemas', c.schemaFile));
  const source = c.document !== undefined ? c.document : readText(path.join('documents', c.documentFile));
  let rootValue = {};
  if (c.rootValue !== undefined) rootValue = c.rootValue;
  else if (c.rootValueFile !== undefined) rootValue = JSON.parse(readText(path.join('data', c.rootValueFile)));

  let document;
  try {
    document = graphql.parse(source);
  } catch (e) {
    if (!(e instanceof graphql.GraphQLError)) throw e;
    return { stage: 'parse', errors: [formatError(e)] };
  }

  let schema;
  try {
    schema = graphql.buildSchema(sdl);
  } catch (e) {
    return { stage: 'schema', errors: [{ message: e.message }] };
  }
  const schemaErrors = graphql.validateSchema(schema);
  if (schemaErrors.length > 0) return { stage: 'schema', errors: schemaErrors.map((e) => ({ message: e.message })) };

  const validationErrors = graphql.validate(schema, document, graphql.specifiedRules);
  const rules = graphql.specifiedRules
    .filter((rule) => graphql.validate(schema, document, [rule]).length > 0)
    .map((rule) => rule.name);
  if (c.valid === true && validationErrors.length > 0) {
    fail(`${where}: marked valid for ${c.rule} but graphql-js reports: ${validationErrors.map((e) => e.message).join(' | ')}`);
  }
  if (c.valid === false && !rules.includes(c.rule)) {
    fail(`${where}: marked invalid for ${c.rule} but graphql-js's ${c.rule} reports nothing (reported by: ${rules.join(', ') || 'none'})`);
  }
  if (validationErrors.length > 0) {
    return { stage: 'validation', rules, errors: validationErrors.map(formatError) };
  }

  const result = graphql.executeSync({
    schema,
    document,
    rootValue: prepareData(rootValue),
    variableValues: c.variables,
    operationName: c.operationName,
    fieldResolver,
    typeResolver,
  });
  if (result.data === undefined) {
    return { stage: 'request', errors: result.errors.map(formatError) };
  }
  const out = { stage: 'execution', data: JSON.parse(JSON.stringify(result.data)) };
  if (c.introspection === 'full') {
    if (result.errors) fail(`${where}: full introspection produced errors`);
    const reference = graphql.introspectionFromSchema(schema, INTROSPECTION_OPTIONS);
    if (JSON.stringify(reference) !== JSON.stringify(out.data)) {
      fail(`${where}: the introspection query result differs from introspectionFromSchema`);
    }
  }
  if (c.introspection !== undefined) out.data = normalizeIntrospection(out.data);
  if (result.errors && result.errors.length > 0) out.errors = result.errors.map(formatError);
  return out;
}

function expectedFor(caseFile) {
  const relative = path.relative(CASES, caseFile);
  const cases = JSON.parse(fs.readFileSync(caseFile, 'utf8'));
  if (!Array.isArray(cases)) fail(`${relative}: a case file must hold a JSON array`);
  const names = new Set();
  const outcomes = cases.map((c, i) => {
    const where = `${relative}[${i}] ${c && c.name}`;
    checkCaseShape(c, where);
    if (names.has(c.name)) fail(`${where}: duplicate case name in the file`);
    names.add(c.name);
    return { name: c.name, ...runCase(c, where) };
  });
  return { relative, text: JSON.stringify(outcomes, null, 2) + '\n' };
}

function writeIntrospectionDocument(check) {
  const file = path.join(ROOT, 'documents', 'introspection.graphql');
  const text = graphql.getIntrospectionQuery(INTROSPECTION_OPTIONS).trim() + '\n';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === text) return true;
  if (check) {
    console.error('documents/introspection.graphql differs from getIntrospectionQuery()');
    return false;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}

function main(argv) {
  const check = argv.includes('--check');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
  let ok = writeIntrospectionDocument(check);
  let caseCount = 0;
  const files = listCaseFiles(CASES).filter((f) => only === undefined || path.relative(CASES, f) === only);
  const seen = new Set();
  for (const file of files) {
    const { relative, text } = expectedFor(file);
    caseCount += JSON.parse(text).length;
    seen.add(relative);
    const target = path.join(EXPECTED, relative);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) {
      ok = false;
      console.error(current === null ? `missing expected/${relative}` : `expected/${relative} differs from graphql-js's outcome`);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      console.log(`wrote expected/${relative}`);
    }
  }
  if (only === undefined && fs.existsSync(EXPECTED)) {
    for (const file of listCaseFiles(EXPECTED)) {
      const relative = path.relative(EXPECTED, file);
      if (seen.has(relative)) continue;
      if (check) {
        ok = false;
        console.error(`expected/${relative} has no case file`);
      } else {
        fs.unlinkSync(file);
        console.log(`removed stale expected/${relative}`);
      }
    }
  }
  console.log(`${caseCount} cases in ${files.length} files (graphql ${graphql.version})${check ? (ok ? ': all match' : ': DIFFERENCES') : ''}`);
  return ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exitCode = 2;
}
