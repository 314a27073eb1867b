/**
 * LibreOffice headless, as every rendering test runs it: its own profile beside the input (two
 * tests converting at once would otherwise share one and fail), the output in `outdir`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Converts `input` with the given filter ("pdf", "xlsx:Calc MS Excel 2007 XML") and returns the
 * written file's path; throws with LibreOffice's own output when it failed or wrote nothing.
 */
export function libreOfficeConvert(input: string, filter: string, outdir: string, timeout = 180_000): string {
  const profile = `file://${path.join(path.dirname(input), "profile")}`;
  const run = spawnSync(
    "libreoffice",
    ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", filter, "--outdir", outdir, input],
    { encoding: "utf8", timeout },
  );
  const extension = filter.split(":")[0]!;
  const out = path.join(outdir, `${path.basename(input, path.extname(input))}.${extension}`);
  if (run.status !== 0 || !existsSync(out))
    throw new Error(
      `LibreOffice wrote no ${extension} (exit ${run.status}; npm run setup:system installs it): ${run.stderr || run.stdout}`,
    );
  return out;
}
