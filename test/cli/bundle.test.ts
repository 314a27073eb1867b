/**
 * `npm run build` bundles the command line; bin/capaian.cjs uses the bundle only while every source
 * it was built from is unchanged (with the code cache the build made for it), and compiles the
 * sources with tsx otherwise. Both must give the same workbook and report.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BIN } from "./run-cli";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample", "contoh-dinsos-bengkalis-2023.xlsx");

function run(args: string[], env: Record<string, string> = {}, bin = BIN) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
}

describe("bundled command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "capaian-bundle-"));
    const built = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.cjs")], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
  }, 130_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the bundle and the sources write the same workbook and report", () => {
    const outs = ["bundle", "sources"].map((name) => {
      const out = path.join(dir, name);
      const r = run(["hitung", SAMPLE, "--keluar", out, "--json", path.join(out, "laporan.json")], {
        CAPAIAN_TIMING: "1",
        ...(name === "sources" ? { CAPAIAN_SOURCES: "1" } : {}),
      });
      expect(r.status).toBe(0);
      // The bundle starts from the code cache the build made for it, which V8 accepted.
      expect(r.stderr).toContain(name === "bundle" ? "(bundel, cache)" : "(sumber)");
      return out;
    });
    const file = "contoh-dinsos-bengkalis-2023.capaian.xlsx";
    expect(readFileSync(path.join(outs[0]!, file)).equals(readFileSync(path.join(outs[1]!, file)))).toBe(
      true,
    );
    expect(readFileSync(path.join(outs[0]!, "laporan.json"), "utf8")).toBe(
      readFileSync(path.join(outs[1]!, "laporan.json"), "utf8"),
    );
  }, 120_000);

  test("a source changed after the build sends the command back to the sources", () => {
    // A stand-in checkout: the real bin, a bundle that only says who answered, one source file.
    const root = path.join(dir, "checkout");
    mkdirSync(path.join(root, "bin"), { recursive: true });
    mkdirSync(path.join(root, "dist", "cli"), { recursive: true });
    mkdirSync(path.join(root, "src"), { recursive: true });
    copyFileSync(BIN, path.join(root, "bin", "capaian.cjs"));
    writeFileSync(
      path.join(root, "dist", "cli", "capaian.cjs"),
      'exports.main = async () => { process.stdout.write("bundle"); return 0; };\n',
    );
    const source = path.join(root, "src", "a.ts");
    writeFileSync(source, "export {};\n");
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    writeFileSync(
      path.join(root, "dist", "cli", "inputs.json"),
      JSON.stringify({ files: [{ path: "src/a.ts", size: 11, mtimeMs: 1_700_000_000_000 }] }),
    );
    const bin = path.join(root, "bin", "capaian.cjs");
    expect(run(["--help"], {}, bin).stdout).toBe("bundle");
    // Edited: the stand-in has no sources to compile, so the fallback is seen failing on them.
    writeFileSync(source, "export const x = 1;\n");
    const stale = run(["--help"], {}, bin);
    expect(stale.stdout).toBe("");
    expect(stale.stderr).toMatch(/main\.ts|tsx/);
    expect(stale.status).toBe(1);
  });
});
