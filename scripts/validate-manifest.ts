/** `npm run validate`: the offline manifest checks (XSD + semantic) on manifest.xml and, if built, dist/manifest.xml. */
import { existsSync } from "node:fs";
import path from "node:path";
import { checkManifestFile, defaultXsdDir } from "./manifest/check";

const root = path.resolve(__dirname, "..");
const files = ["manifest.xml", "dist/manifest.xml"]
  .map((f) => path.join(root, f))
  .filter((f) => existsSync(f));
let failed = 0;
for (const file of files) {
  const assetsRoot = file.includes(`${path.sep}dist${path.sep}`) ? path.join(root, "dist") : root;
  const result = checkManifestFile(file, assetsRoot, defaultXsdDir(root));
  const name = path.relative(root, file);
  if (result.xsdSkipped) console.log(`${name}: pemeriksaan XSD dilewati — ${result.xsdSkipped}`);
  if (result.errors.length) {
    failed++;
    console.error(`${name}: ${result.errors.length} masalah`);
    for (const e of result.errors) console.error(`  - ${e}`);
  } else console.log(`${name}: valid`);
}
process.exit(failed ? 1 : 0);
