/**
 * Issue 14, part 9 — a manifest ready for users: the production build refuses to run without the
 * address the add-in is served from (no placeholder host is ever shipped), writes that address into
 * dist/manifest.xml, and the manifest's SupportUrl is a real page of the build (src/support).
 * The webpack configuration is evaluated directly: no build runs here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface CopyPattern {
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}
interface Config {
  plugins: { patterns?: CopyPattern[]; userOptions?: { filename?: string; template?: string } }[];
}
type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config>;
// webpack.config.js is CommonJS, loaded as the webpack CLI loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as MakeConfig;

async function withBaseUrl<T>(value: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.ADDIN_BASE_URL;
  if (value === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = value;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

function builtManifest(config: Config): string {
  const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
  expect(pattern?.transform).toBeDefined();
  return pattern!.transform!(Buffer.from(manifest)).toString();
}

test("the production build stops with a clear message when ADDIN_BASE_URL is not set", async () => {
  await withBaseUrl(undefined, async () => {
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/ADDIN_BASE_URL is not set/);
  });
  await withBaseUrl("http://server.test/", async () => {
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/must be https/);
  });
  await withBaseUrl("bukan alamat", async () => {
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/not a URL/);
  });
});

test("the development build and the preview need no ADDIN_BASE_URL and keep localhost", async () => {
  await withBaseUrl(undefined, async () => {
    const dev = await makeConfig({}, { mode: "development" });
    expect(builtManifest(dev)).toBe(manifest);
    const preview = await makeConfig({ preview: true }, { mode: "production" });
    expect(builtManifest(preview)).toBe(manifest);
  });
});

test("the production manifest names only ADDIN_BASE_URL (a slash added) and no placeholder host", async () => {
  const built = await withBaseUrl("https://kinerja.test/addin", async () =>
    builtManifest(await makeConfig({}, { mode: "production" })),
  );
  expect(built).not.toMatch(/localhost|example\.(org|com)|contoso/);
  expect(built).toContain('<SupportUrl DefaultValue="https://kinerja.test/addin/support.html"/>');
  expect(built).toContain('<SourceLocation DefaultValue="https://kinerja.test/addin/taskpane.html"/>');
  expect(built).toContain("<AppDomain>https://kinerja.test/addin</AppDomain>");
});

test("SupportUrl is the support page the build writes, with the four things a user looks for", async () => {
  expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/);
  const config = await makeConfig({}, { mode: "development" });
  const page = config.plugins.find((p) => p.userOptions?.filename === "support.html");
  expect(page?.userOptions?.template).toBe("./src/support/support.html");
  const html = readFileSync(path.join(ROOT, "src/support/support.html"), "utf8");
  // Indonesian first, English after; no script on the page.
  expect(html.indexOf('lang="id"')).toBeLessThan(html.indexOf('lang="en"'));
  expect(html).not.toMatch(/<script/i);
  for (const heading of ["Versi Excel yang didukung", "Supported Excel versions", "Privasi", "Privacy"])
    expect(html).toContain(heading);
  expect(html).toMatch(/Excel di web/);
  expect(html).toMatch(/Microsoft 365 atau Excel 2021/);
  expect(html).toContain("Hapus hasil");
  expect(html).toContain("capaian hapus &lt;berkas&gt;");
  expect(html).toMatch(/Issues<\/strong> repositori proyek/);
  // No invented contact: no e-mail address, no host.
  expect(html).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}|mailto:|https?:\/\//i);
});
