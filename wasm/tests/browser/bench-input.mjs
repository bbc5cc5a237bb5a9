// The benchmark's input (scripts/bench-wasm.mjs, in Node and in the page): the first conformance case
// with every instrument added and every item answered (the lowest points, GCS the highest to agree
// with an alert patient).
export function fullInput(api, conformance) {
  const input = structuredClone(conformance.cases[0].input);
  input.instruments = {};
  for (const instrument of api.catalog('en').instruments) {
    input.instruments[instrument.id] = Object.fromEntries(
      instrument.items.map((item) => [
        item.id,
        item.boolean ? false : instrument.id === 'gcs' ? Math.max(...item.points) : item.points[0],
      ]),
    );
  }
  return input;
}
