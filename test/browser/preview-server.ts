/**
 * The preview page's production build (build-cache.ts), served on a free localhost port, so the
 * browser tests run the same bundle a person would open.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { upToDateBuild } from "./build-cache";

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
 * otherwise the build of the current sources (made once, then reused until a source changes).
 */
export async function buildPreview(): Promise<{ dir: string; dispose(): void }> {
  const reuse = process.env.PREVIEW_DIR;
  if (reuse && existsSync(path.join(reuse, "preview.html"))) return { dir: reuse, dispose: () => {} };
  return { dir: await upToDateBuild("preview"), dispose: () => {} };
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
