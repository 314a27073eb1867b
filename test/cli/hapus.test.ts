/** `capaian hapus`: the real command on the sample, as a user runs it after `capaian hitung`. */
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readSnapshot } from "../helpers/read-snapshot";
import { listing, runCli, sha256 } from "./run-cli";
import { readFileSync } from "node:fs";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample/contoh-dinsos-bengkalis-2023.xlsx");

function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "capaian-hapus-"));
  copyFileSync(SAMPLE, path.join(dir, "contoh.xlsx"));
  return dir;
}

describe("capaian hapus", () => {
  test("after hitung, hapus gives a copy with what the user sees of the original, input untouched", async () => {
    const dir = workdir();
    expect(runCli(["hitung", "contoh.xlsx"], dir).code).toBe(0);
    const written = path.join(dir, "contoh.capaian.xlsx");
    const before = sha256(written);
    const r = runCli(["hapus", "contoh.capaian.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dihapus dari contoh\.capaian\.xlsx: [1-9]\d* sheet, [1-9]\d* kolom/);
    expect(sha256(written)).toBe(before);
    const out = path.join(dir, "contoh.capaian.tanpa-capaian.xlsx");
    const original = await readSnapshot(readFileSync(path.join(dir, "contoh.xlsx")));
    const removed = await readSnapshot(readFileSync(out));
    expect(removed.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(removed.sheets.map((s) => s.values)).toEqual(original.sheets.map((s) => s.values));
    expect(removed.names).toEqual(original.names);
  });

  test("a workbook without the add-in's output: says so in English, writes nothing", () => {
    const dir = workdir();
    const files = listing(dir);
    const r = runCli(["hapus", "contoh.xlsx", "--bahasa", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/holds no Capaian Kinerja output; nothing was written/);
    expect(listing(dir)).toEqual(files);
  });

  test("--keluar names the copy; the input itself is refused as a target (exit 2)", () => {
    const dir = workdir();
    expect(runCli(["hitung", "contoh.xlsx", "--keluar", "hasil.xlsx"], dir).code).toBe(0);
    expect(runCli(["hapus", "hasil.xlsx", "--keluar", "bersih.xlsx"], dir).code).toBe(0);
    expect(existsSync(path.join(dir, "bersih.xlsx"))).toBe(true);
    const same = runCli(["hapus", "hasil.xlsx", "--keluar", "hasil.xlsx"], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/tidak pernah ditimpa/);
  });

  test("bad input: a folder, a missing file, an unknown option (exit 2)", () => {
    const dir = workdir();
    expect(runCli(["hapus", "."], dir).stderr).toMatch(/bukan folder/);
    expect(runCli(["hapus", "tidak-ada.xlsx"], dir).code).toBe(2);
    const opt = runCli(["hapus", "contoh.xlsx", "--tahun", "2023"], dir);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/--tahun/);
  });
});
