/**
 * What the pane needs from its host, passed down by context so components never touch Office.js:
 * the workbook gateway for the pipeline and a way to show a cell. index.tsx builds the Office
 * bridge; tests and the preview pass their own.
 */
import { createContext, useContext } from "react";
import type { WorkbookGateway } from "../pipeline/gateway";

export interface HostBridge {
  gateway: WorkbookGateway;
  /** Selects a cell (or block) so the user sees what a finding or a table refers to. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * The block the user selected in the sheet (sheet unquoted, A1 range), to declare it a table;
   * null when the selection is not one block (several areas at once).
   */
  getSelectedRange(): Promise<{ sheet: string; range: string } | null>;
  /**
   * Saves a file the pane made, for a host with its own way to save; absent: the pane offers the
   * file as a browser download (src/taskpane/download.ts).
   */
  saveFile?(name: string, blob: Blob): Promise<void>;
}

export const HostContext = createContext<HostBridge | null>(null);

export function useHost(): HostBridge {
  const host = useContext(HostContext);
  if (!host) throw new Error("HostContext is missing: render the pane inside <App host={...}>.");
  return host;
}

export type ThemeName = "light" | "dark";

/** Office's theme colours → light or dark (a dark body background means a dark theme). */
export function themeOf(bodyBackgroundColor: string | null | undefined): ThemeName {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!m) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}
