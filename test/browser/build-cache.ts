/**
 * A production webpack build for the browser tests, made only when the sources changed: a build
 * is a minute of the suite's time. The pane's bundle is taken from dist/ when `npm run build`
 * wrote it after the last change to any input; otherwise each kind is built into
 * test-output/builds/<kind> with the list of inputs it was built from (path, size, mtime), and
 * that build serves every later run until an input changes.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
/** The address the tests' production builds name in their manifest (never a real host). */
export const LOCAL_BASE_URL = "https://localhost:3000/";
/** What the bundles are built from: the sources, the build's own configuration and the locked packages. */
const INPUT_DIRS = ["src", "assets", "scripts/webpack"];
const INPUT_FILES = ["webpack.config.js", "package-lock.json", "tsconfig.json", "manifest.xml"];

interface Input {
  path: string;
  size: number;
  mtimeMs: number;
}

function walk(dir: string, out: Input[]): void {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return;
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) walk(rel, out);
    else if (e.isFile()) out.push(stat(rel));
  }
}

function stat(rel: string): Input {
  const s = statSync(path.join(ROOT, rel));
  return { path: rel, size: s.size, mtimeMs: s.mtimeMs };
}

function inputs(): Input[] {
  const out: Input[] = [];
  for (const d of INPUT_DIRS) walk(d, out);
  for (const f of INPUT_FILES) if (existsSync(path.join(ROOT, f))) out.push(stat(f));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** dist/ as `npm run build` left it, if it holds the pane and is newer than every input. */
function freshDist(marker: string, now: Input[]): string | null {
  const dir = path.join(ROOT, "dist");
  const page = path.join(dir, marker);
  if (!existsSync(page)) return null;
  const built = statSync(page).mtimeMs;
  return now.every((i) => i.mtimeMs < built) ? dir : null;
}

function webpack(outDir: string, preview: boolean): Promise<void> {
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const env = [...(preview ? ["--env", "preview"] : []), "--env", `outDir=${outDir}`];
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", ...env],
      // The production build needs the add-in's address; the tests serve it on localhost.
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ADDIN_BASE_URL: LOCAL_BASE_URL, ...process.env, CI: "true" },
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve(),
    ),
  );
}

/**
 * The folder of an up-to-date production build: "pane" holds taskpane.html and the commands page,
 * "preview" also the preview page. Built only when no up-to-date build exists.
 */
export async function upToDateBuild(kind: "pane" | "preview"): Promise<string> {
  const marker = kind === "preview" ? "preview.html" : "taskpane.html";
  const now = inputs();
  if (kind === "pane") {
    const dist = freshDist(marker, now);
    if (dist) return dist;
  }
  const dir = path.join(ROOT, "test-output", "builds", kind);
  const stamp = path.join(dir, "inputs.json");
  const wanted = JSON.stringify(now);
  if (existsSync(path.join(dir, marker)) && existsSync(stamp) && readFileSync(stamp, "utf8") === wanted)
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await webpack(dir, kind === "preview");
  // Written last: a build cut short leaves no stamp and is made again.
  writeFileSync(stamp, wanted);
  return dir;
}
