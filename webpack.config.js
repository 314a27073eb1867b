/**
 * Builds the task pane and the ribbon command page; `--env preview` also builds the preview page
 * that runs the real pane against an .xlsx in a browser (never part of a production add-in).
 *
 *   npm run build        production into dist/ (office.js from Microsoft's CDN, manifest URLs rewritten
 *                        to ADDIN_BASE_URL, which must be set: the build stops without it)
 *   npm run dev-server   https://localhost:3000 for sideloading
 *   npm run preview      http://localhost:3001/preview.html, office.js served locally, fake Excel
 *
 * Options: --env outDir=<dir> (tests build into a temp dir), --env port=<n> (preview server).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
const OFFICE_JS_SRC = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/** Content-Security-Policy of every page: our own files, office.js, and inline styles for Griffel (Fluent v9 CSS-in-JS). */
function contentSecurityPolicy({ localOffice, devSocket }) {
  const officeOrigin = localOffice ? "" : " https://appsforoffice.microsoft.com";
  const connect = devSocket ? " ws://localhost:* wss://localhost:*" : "";
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${officeOrigin}${connect}`,
    `frame-src 'self'${officeOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The address the production files are served from, written into dist/manifest.xml. There is no
 * default: a manifest naming a placeholder host would install an add-in that cannot load.
 */
function addinBaseUrl(value) {
  const help =
    "Set ADDIN_BASE_URL to the https address dist/ will be served from, e.g. " +
    "ADDIN_BASE_URL=https://server-anda/ npm run build " +
    "(Atur ADDIN_BASE_URL ke alamat https tempat dist/ disajikan).";
  if (!value) throw new Error(`ADDIN_BASE_URL is not set. ${help}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}". ${help}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https: "${value}". ${help}`);
  // Office add-ins load pages relative to this base; it must end with a slash.
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

async function httpsOptions() {
  // Only the sideloading dev server needs trusted localhost certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const urlProd = production && !preview ? addinBaseUrl(process.env.ADDIN_BASE_URL) : URL_DEV;
  // The preview never reaches the internet: office.js comes from node_modules.
  const localOffice = preview;
  const officeJs = localOffice ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  const csp = contentSecurityPolicy({ localOffice, devSocket: serving });

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      scriptLoading: "defer",
      templateParameters: { csp, officeJs },
    });

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
  };
  const pages = [
    page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
    page("commands", "./src/commands/commands.html", ["commands"]),
    // The manifest's SupportUrl: a static page (no script).
    page("support", "./src/support/support.html", []),
  ];
  if (preview) {
    entry.preview = "./src/preview/index.tsx";
    pages.push(page("preview", "./src/preview/preview.html", ["preview"]));
  }

  const copies = [
    // The sample workbook is for the preview only; the add-in ships its icons.
    {
      from: "assets",
      to: "assets",
      noErrorOnMissing: true,
      globOptions: { ignore: preview ? [] : ["**/sample/**"] },
    },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      noErrorOnMissing: true,
      transform(content) {
        if (!production || preview) return content;
        // Full URLs first, then bare origins (AppDomain has no trailing slash).
        return content
          .toString()
          .split(URL_DEV)
          .join(urlProd)
          .split(URL_DEV.replace(/\/$/, ""))
          .join(urlProd.replace(/\/$/, ""));
      },
    },
  ];
  if (preview) {
    // office.js plus what it loads at start (the app mapping table and its strings).
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      // Served as Microsoft ships it: marked minimized so the production build leaves it untouched.
      copies.push({
        from: path.join(OFFICE_JS_SRC, file),
        to: `${OFFICE_JS_LOCAL_DIR}/${file}`,
        info: { minimized: true },
      });
    }
    for (const locale of ["en-us", "id-id"]) {
      copies.push({
        from: path.join(OFFICE_JS_SRC, locale),
        to: `${OFFICE_JS_LOCAL_DIR}/${locale}`,
        noErrorOnMissing: true,
        info: { minimized: true },
      });
    }
  }

  const config = {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval, and so do add-in store rules.
    devtool: production ? "source-map" : "cheap-module-source-map",
    target: ["web", "es2020"],
    entry,
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // The pane's second part (engine, reader, gateway) is a chunk loaded after the first paint.
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking runs in `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        {
          // zod's JIT and its eval probe: replaced by a throwing stand-in (the pane runs zod jitless).
          test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/,
          use: path.resolve(__dirname, "scripts/webpack/no-eval-loader.cjs"),
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [new CopyWebpackPlugin({ patterns: copies }), ...pages],
    performance: { hints: false },
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      port:
        Number(env.port) || (preview ? 3001 : Number(process.env.npm_package_config_dev_server_port) || 3000),
      server: preview ? "http" : { type: "https", options: serving ? await httpsOptions() : {} },
      static: false,
      devMiddleware: { writeToDisk: false },
      client: { overlay: false },
      open: preview && !process.env.CI ? "/preview.html" : false,
    },
  };
  return config;
};
