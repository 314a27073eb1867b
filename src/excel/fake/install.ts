/**
 * Puts a minimal Office/Excel global in place, backed by a FakeExcel, so the task pane can run
 * outside Excel (browser preview, jsdom tests). Returns a function that restores the globals.
 */
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./excel";

interface ReadyInfo {
  host: string;
  platform: string;
}

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage, e.g. "id-ID" or "en-US" (default "id-ID") */
  displayLanguage?: string;
  /** Office.context.officeTheme (colours as "#RRGGBB") */
  officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string };
}

export function installFakeOffice(fake: FakeExcel, options: FakeOfficeOptions = {}): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  const info: ReadyInfo = { host: "Excel", platform: "OfficeOnline" };
  // Excel.run(batch) and Excel.run(options, batch) (delayForCellEdit and the like), as Office.js has them.
  g.Excel = {
    run: (first: unknown, second?: unknown) =>
      fake.run((typeof first === "function" ? first : second) as Parameters<FakeExcel["run"]>[0]),
  };
  g.Office = {
    onReady: (callback?: (i: ReadyInfo) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: fake.isSetSupported },
      displayLanguage: options.displayLanguage ?? "id-ID",
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
  g.OfficeExtension = { Error: FakeOfficeError };
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete g[key];
      else g[key] = value;
    }
  };
}
