/**
 * Builds the preview page (production mode, into a temp dir) and serves it on a free localhost
 * port, so the browser tests run the same bundle a person would open.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * PREVIEW_DIR reuses a build made earlier (`npx webpack --mode production --env preview --env outDir=...`);
 * otherwise a fresh build goes into a temp dir that `dispose` removes.
 */
export async function buildPreview(): Promise<{ dir: string; dispose(): void }> {
  const reuse = process.env.PREVIEW_DIR;
  if (reuse && existsSync(path.join(reuse, "preview.html"))) return { dir: reuse, dispose: () => {} };
  const outDir = mkdtempSync(path.join(tmpdir(), "capaian-preview-"));
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", "preview", "--env", `outDir=${outDir}`],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: "true" } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve(),
    );
  });
  return { dir: outDir, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDir(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
