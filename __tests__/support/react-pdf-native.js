/**
 * The real @react-pdf/renderer, loaded by Node's own ESM loader. Jest cannot load it: it is ESM-only and
 * its layout engine (yoga-layout) uses top-level await, which no CommonJS transform can express. Test
 * files that render PDFs map the module here (jest.mock) and await `ready` in beforeAll; nothing is
 * stubbed, the PDF is produced by the library itself.
 */
const vm = require("node:vm");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const entry = pathToFileURL(path.join(__dirname, "..", "..", "node_modules", "@react-pdf", "renderer", "lib", "react-pdf.js")).href;
let loaded = null;

const ready = new vm.Script(`import(${JSON.stringify(entry)})`, {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})
  .runInThisContext()
  .then((mod) => {
    loaded = mod;
    return mod;
  });

function get(name) {
  if (!loaded) throw new Error("@react-pdf/renderer is still loading: await require('react-pdf-native').ready in beforeAll");
  return loaded[name];
}

module.exports = {
  ready,
  get Document() {
    return get("Document");
  },
  get Page() {
    return get("Page");
  },
  get Text() {
    return get("Text");
  },
  get View() {
    return get("View");
  },
  get Link() {
    return get("Link");
  },
  get StyleSheet() {
    return get("StyleSheet");
  },
  get Font() {
    return get("Font");
  },
  get Svg() {
    return get("Svg");
  },
  get Path() {
    return get("Path");
  },
  get Rect() {
    return get("Rect");
  },
  renderToBuffer: async (element) => (await ready).renderToBuffer(element),
};
