import { existsSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REQUIRED_API } from "../../src/excel/requirements";
import {
  checkManifestFile,
  checkManifestSemantics,
  checkManifestXsd,
  defaultXsdDir,
} from "../../scripts/manifest/check";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const xsdDir = defaultXsdDir(root);

describe("manifest.xml", () => {
  it("passes the semantic checks", () => {
    expect(checkManifestSemantics(manifest, root)).toEqual([]);
  });

  it("validates against Microsoft's XSDs (skips visibly without them)", () => {
    const result = checkManifestXsd(path.join(root, "manifest.xml"), xsdDir);
    if (result.skipped) {
      console.warn(`XSD check skipped: ${result.skipped}`);
      return;
    }
    expect(result.errors).toEqual([]);
  });

  it("fails when a resid is removed", () => {
    const broken = manifest.replace(/<bt:Url id="Taskpane.Url"[^>]*\/>/, "");
    expect(broken).not.toBe(manifest);
    const errors = checkManifestSemantics(broken, root);
    expect(errors.join("\n")).toMatch(/resid "Taskpane.Url"/);
  });

  it("fails on an http URL, a missing icon, a wrong icon size and a renamed button", () => {
    const http = manifest.replace(
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://localhost:3000/commands.html"',
    );
    expect(checkManifestSemantics(http, root).join("\n")).toMatch(/bukan https/);
    const missing = manifest.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(checkManifestSemantics(missing, root).join("\n")).toMatch(/tidak ada: assets\/icon-81.png/);
    const wrongSize = manifest.replace("assets/icon-80.png", "assets/icon-64.png");
    expect(checkManifestSemantics(wrongSize, root).join("\n")).toMatch(/64×64, seharusnya 80×80/);
    const renamed = manifest.replace('DefaultValue="Hitung Capaian"', 'DefaultValue="Hitung"');
    expect(checkManifestSemantics(renamed, root).join("\n")).toMatch(/seharusnya "Hitung Capaian"/);
  });

  it("fails the XSD check on a structurally broken manifest", () => {
    if (!existsSync(path.join(xsdDir, "OfficeAppManifestV1_1.xsd"))) {
      console.warn("XSD check skipped: schemas not found beside the checkout");
      return;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "manifest.xml");
    writeFileSync(
      file,
      manifest.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>",
      ),
    );
    const result = checkManifestFile(file, root, xsdDir);
    if (result.xsdSkipped) return console.warn(`XSD check skipped: ${result.xsdSkipped}`);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it("asks for exactly the highest ExcelApi set the gateway requires", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    const needed = Object.values(REQUIRED_API)
      .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
      .at(-1);
    expect(declared).toBe(needed);
  });
});
