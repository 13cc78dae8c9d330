#!/usr/bin/env node
// Holds every exchange the server suite made (tests/support/ExchangeLog: one JSON line each) against
// docs/openapi.yaml, as an integrator's validating proxy would, and fails on any response the
// document does not describe:
//
//   - the operation: a method and path the document has (or, for one it lacks, the server's own
//     404 not_found / 405 method_not_allowed with Allow, which the document's introduction promises);
//   - the status: listed for that operation;
//   - the headers: every header beyond HTTP's own framing (Content-Type, Date, ...) is documented for
//     that response, every required one is there, and each value fits its schema;
//   - the body: of a documented media type and valid against its schema. Objects are held closed
//     (a property the schema does not name is an error), so a field the server sends without its
//     documentation fails here rather than surprising a generated client.
//
// usage: check-responses.mjs OPENAPI.yaml EXCHANGES.jsonl...
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';

const require = createRequire(new URL('../../docs/package.json', import.meta.url));
let Ajv2020, addFormats, YAML;
try {
    Ajv2020 = require('ajv/dist/2020').default;
    addFormats = require('ajv-formats').default;
    YAML = require('yaml');
} catch (error) {
    console.error(`check-responses: the API tools are not installed (${error.message}); run ./nacre-dev test, ` +
        'or npm ci --prefix docs');
    process.exit(2);
}

// Headers any HTTP response may carry whatever the operation: framing and the server's blanket ones
// (both promised in the document's introduction).
const TRANSPORT_HEADERS = new Set(['content-type', 'content-length', 'date', 'server', 'connection', 'keep-alive',
    'transfer-encoding', 'cache-control', 'x-content-type-options']);

const [documentPath, ...exchangeFiles] = process.argv.slice(2);
if (!documentPath || exchangeFiles.length === 0) {
    console.error('usage: check-responses.mjs OPENAPI.yaml EXCHANGES.jsonl...');
    process.exit(2);
}
const document = YAML.parse(readFileSync(documentPath, 'utf8'));

// --- Schemas, closed -------------------------------------------------------------------------------

const clone = (value) => JSON.parse(JSON.stringify(value));
const isObjectSchema = (schema) => schema && typeof schema === 'object' && schema.properties &&
    schema.additionalProperties === undefined && schema.unevaluatedProperties === undefined;

// Closes every object schema that names its properties. A schema that is one part of an allOf stays
// open (its siblings add properties) and the allOf closes instead; a $ref from an allOf therefore
// points at the open twin of its component (`Name__open`).
function close(schema, inAllOf = false) {
    if (Array.isArray(schema)) return schema.map((item) => close(item));
    if (!schema || typeof schema !== 'object') return schema;
    const result = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'allOf') result.allOf = value.map((part) => close(part, true));
        else if (key === 'properties') result.properties = Object.fromEntries(
            Object.entries(value).map(([name, property]) => [name, close(property)]));
        else if (key === 'examples' || key === 'example' || key === 'const' || key === 'enum') result[key] = value;
        else if (key === '$ref' && inAllOf) result.$ref = `${value}__open`;
        else result[key] = close(value);
    }
    if (!inAllOf && (isObjectSchema(schema) || (schema.allOf && schema.additionalProperties === undefined)))
        result.unevaluatedProperties = false;
    if (result.additionalProperties === false && schema.allOf) { // additionalProperties cannot see into allOf
        delete result.additionalProperties;
        result.unevaluatedProperties = false;
    }
    return result;
}

const schemas = {};
for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    schemas[name] = close(schema);
    schemas[`${name}__open`] = close(schema, true);
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'nacre', components: { schemas } });
const rebase = (schema) => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"nacre#/components/'));
const validators = new Map();
function validatorFor(schema) {
    const key = JSON.stringify(schema);
    if (!validators.has(key)) validators.set(key, ajv.compile(rebase(close(schema))));
    return validators.get(key);
}

// --- Document lookups ------------------------------------------------------------------------------

function resolve(node) {
    while (node && node.$ref) {
        const parts = node.$ref.replace(/^#\//, '').split('/');
        const target = parts.reduce((at, part) => at?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
        node = { ...target, ...Object.fromEntries(Object.entries(node).filter(([key]) => key !== '$ref')) };
    }
    return node;
}

const templates = Object.keys(document.paths).map((template) => ({
    template,
    segments: template.split('/').filter(Boolean),
}));
// The path's template, preferring literal segments over parameters (as the server's router does).
function templateOf(path) {
    const segments = path.split('/').filter(Boolean);
    const fits = templates.filter((candidate) => candidate.segments.length === segments.length &&
        candidate.segments.every((segment, i) => segment.startsWith('{') || segment === decodeURIComponent(segments[i])));
    fits.sort((a, b) => a.segments.filter((s) => s.startsWith('{')).length -
        b.segments.filter((s) => s.startsWith('{')).length);
    return fits[0]?.template;
}

// --- Checks ------------------------------------------------------------------------------------------

function checkBody(exchange, response, where, fail) {
    const contentType = (exchange.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const content = response.content ?? {};
    if (exchange.body === '' && Object.keys(content).length === 0) return;
    if (Object.keys(content).length === 0) return fail(`${where}: a body the document does not describe (none)`);
    const media = Object.entries(content).find(([type]) => type.toLowerCase() === contentType)?.[1];
    if (!media) return fail(`${where}: Content-Type "${contentType}" is not one of ${Object.keys(content).join(', ')}`);
    if (!media.schema) return;
    let value = exchange.body;
    if (contentType.endsWith('json')) {
        try { value = JSON.parse(exchange.body); } catch { return fail(`${where}: the body is not JSON`); }
    }
    if (contentType === 'application/problem+json' && value?.status !== exchange.status)
        fail(`${where}: the problem's status ${value?.status} is not the response's`);
    const validate = validatorFor(media.schema);
    if (!validate(value)) {
        for (const error of validate.errors.slice(0, 5)) {
            const extra = error.params?.unevaluatedProperty ? ` "${error.params.unevaluatedProperty}"` : '';
            fail(`${where}: body${error.instancePath} ${error.message}${extra}`);
        }
    }
}

function checkHeaders(exchange, response, where, fail) {
    const documented = Object.fromEntries(Object.entries(response.headers ?? {})
        .map(([name, header]) => [name.toLowerCase(), resolve(header)]));
    for (const [name, value] of Object.entries(exchange.headers)) {
        if (TRANSPORT_HEADERS.has(name)) continue;
        const header = documented[name];
        if (!header) { fail(`${where}: header ${name} is not documented`); continue; }
        const schema = header.schema ?? {};
        const typed = schema.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
        if (!validatorFor(schema)(typed)) fail(`${where}: header ${name} "${value}" does not fit its schema`);
    }
    for (const [name, header] of Object.entries(documented)) {
        if (header.required && exchange.headers[name] === undefined) fail(`${where}: required header ${name} is missing`);
    }
}

const problems = new Map(); // message -> { count, example }
const covered = new Map(); // "METHOD template" -> Set of statuses seen
let exchangesChecked = 0;

function check(exchange) {
    exchangesChecked++;
    const fail = (message) => {
        const entry = problems.get(message) ?? { count: 0, example: `${exchange.test}: ${exchange.method} ${exchange.path}` };
        entry.count++;
        problems.set(message, entry);
    };
    const template = templateOf(exchange.path);
    const pathItem = template && document.paths[template];
    const operation = pathItem?.[exchange.method.toLowerCase()];
    if (!operation) {
        // Not an operation of the document: only the router's own answers are allowed.
        const expected = pathItem ? 405 : 404;
        const where = `${exchange.method} ${template ?? exchange.path} (not an operation)`;
        if (exchange.status !== expected && !(exchange.status === 404 && !pathItem))
            return fail(`${where}: answered ${exchange.status}, not ${expected}`);
        if (expected === 405 && !exchange.headers.allow) fail(`${where}: 405 without Allow`);
        return checkBody(exchange, resolve(document.components.responses.Problem), where, fail);
    }
    const key = `${exchange.method} ${template}`;
    if (!covered.has(key)) covered.set(key, new Set());
    covered.get(key).add(exchange.status);
    const responses = operation.responses ?? {};
    const status = String(exchange.status);
    const declared = responses[status] ?? responses[`${status[0]}XX`];
    const where = `${key} ${status}`;
    if (!declared) return fail(`${where}: status not documented (documented: ${Object.keys(responses).join(', ')})`);
    const response = resolve(declared);
    checkHeaders(exchange, response, where, fail);
    checkBody(exchange, response, where, fail);
}

const silent = [];
for (const file of exchangeFiles) {
    // A test that made no request (a unit test of the server's parts) leaves no file.
    if (!existsSync(file)) { silent.push(basename(file, '.jsonl')); continue; }
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim()) check(JSON.parse(line));
    }
}
if (exchangesChecked === 0) {
    console.error('check-responses: no exchanges at all; did the server tests run with NACRE_API_EXCHANGES set?');
    process.exit(1);
}

// --- Report ------------------------------------------------------------------------------------------

const operations = Object.entries(document.paths).flatMap(([template, item]) =>
    ['get', 'put', 'post', 'patch', 'delete'].filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${template}`));
const unexercised = operations.filter((operation) => !covered.has(operation));
console.log(`${exchangesChecked} exchanges from ${exchangeFiles.length - silent.length} tests` +
    (silent.length ? ` (none from ${silent.join(', ')})` : '') + '; ' +
    `${operations.length - unexercised.length} of ${operations.length} operations exercised`);
for (const [operation, statuses] of [...covered].sort()) console.log(`  ${operation}: ${[...statuses].sort().join(' ')}`);
if (unexercised.length) console.log(`not exercised by the server suite: ${unexercised.join(', ')}`);
if (problems.size) {
    console.log(`\n${problems.size} kinds of response the document does not describe:`);
    for (const [message, { count, example }] of problems) console.log(`  ${message}  (${count}×, e.g. ${example})`);
    process.exit(1);
}
console.log('every response is described by the document');
