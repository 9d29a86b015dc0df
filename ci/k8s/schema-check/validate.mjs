// Validates Kubernetes manifests (YAML, several documents a file) against the API schemas that kubernetes-models
// ships for each kind, checked with ajv: a wrong field type, a missing required field or an unknown enum value
// fails. Prints one line per document; exits 1 when any document is invalid, 2 on a file that cannot be read.
// Usage: node validate.mjs FILE...
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes('/') ? apiVersion : `${apiVersion}`;
  let module;
  try {
    module = await import(`kubernetes-models/${group}`);
  } catch (e) {
    return { error: `no schema for apiVersion ${apiVersion}` };
  }
  const model = module[kind];
  return model ? { model } : { error: `no schema for kind ${kind} in ${apiVersion}` };
}

let invalid = 0;
for (const file of process.argv.slice(2)) {
  let docs;
  try {
    docs = parseAllDocuments(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  let index = 0;
  for (const doc of docs) {
    index++;
    const where = `${file}#${index}`;
    if (doc.errors.length > 0) {
      console.log(`${where}: INVALID YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
      invalid++;
      continue;
    }
    const object = doc.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    const { apiVersion, kind } = object;
    if (!apiVersion || !kind) {
      console.log(`${where}: INVALID: no apiVersion or kind`);
      invalid++;
      continue;
    }
    const { model, error } = await modelFor(apiVersion, kind);
    if (error) {
      console.log(`${where}: INVALID: ${error}`);
      invalid++;
      continue;
    }
    try {
      new model(object).validate();
      console.log(`${where}: valid ${apiVersion} ${kind} ${object.metadata?.name ?? ''}`);
    } catch (e) {
      const details = (e.errors ?? []).map((x) => `${x.instancePath || '/'} ${x.message}`).join('; ');
      console.log(`${where}: INVALID ${apiVersion} ${kind}: ${details || e.message}`);
      invalid++;
    }
  }
}
process.exit(invalid > 0 ? 1 : 0);
