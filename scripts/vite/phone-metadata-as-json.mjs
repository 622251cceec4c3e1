import { readFileSync } from 'node:fs';

/*
 * libphonenumber-js ships its number metadata as an ES module exporting one 83 KB object
 * literal (`metadata.min.json.js`), next to the same data as plain JSON. The launch trace put
 * evaluating that literal among the first screen's biggest costs: V8 parses and runs it as
 * code. The same data read with JSON.parse from a string is parsed by V8's JSON parser, many
 * times faster (the technique V8's "cost of JavaScript" advice gives for large literals). This
 * plugin serves the metadata modules that way when the renderer is bundled; the data is the
 * library's own JSON file, unchanged (test/scripts/phone-metadata-as-json.test.ts checks it equals the module's object).
 */

const metadataModule = /[\\/]libphonenumber-js[\\/]metadata\.(?:min|max|mobile)\.json\.js$/;

/** The module code for one metadata file: its JSON, parsed when the chunk runs. */
export function metadataModuleCode(jsonText) {
  // Re-serialized, so the string is compact and anything but JSON fails here, at build time.
  return `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(jsonText)))});\n`;
}

/** @returns {import('vite').Plugin} */
export function phoneMetadataAsJson() {
  return {
    name: 'softphone-phone-metadata-as-json',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0];
      if (!metadataModule.test(file)) return null;
      return metadataModuleCode(readFileSync(file.replace(/\.js$/, ''), 'utf8'));
    },
  };
}
