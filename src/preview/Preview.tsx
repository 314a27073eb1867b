/** The preview page: the real pane on the left, the fake workbook's sheets on the right. */
import {
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { rangeAddress } from "../engine/address";
import type { FakeWorkbookState } from "../excel/fake/state";
import { App } from "../taskpane/App";
import type { HostBridge, ThemeName } from "../taskpane/host-bridge";
import type { Lang } from "../taskpane/i18n";
import { Grid } from "./Grid";

const useStyles = makeStyles({
  root: { display: "flex", height: "100vh", alignItems: "stretch" },
  pane: {
    width: "340px",
    flex: "0 0 340px",
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  right: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

export interface LoadedWorkbook {
  name: string;
  state: FakeWorkbookState;
  host: HostBridge;
}

export interface PreviewProps {
  workbook: LoadedWorkbook;
  lang: Lang;
  theme: ThemeName;
  version: number;
  /** the sheet the pane last selected a cell on, with the version it happened at */
  focus: { sheet: string; version: number } | null;
  onFile(file: File): void;
  /** the user selected cells in the grid (A1 address on `sheet`) */
  onSelectCells(sheet: string, address: string): void;
}

export function Preview({ workbook, lang, theme, version, focus, onFile, onSelectCells }: PreviewProps) {
  const styles = useStyles();
  const firstVisible = workbook.state.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
  const [picked, setPicked] = useState({ sheet: firstVisible, version: -1 });
  // Whichever came last wins: the user's tab click or the pane selecting a cell (a finding, a placed table).
  const shownSheet = focus && focus.version > picked.version ? focus.sheet : picked.sheet;
  const selectCells = useCellSelection(shownSheet, onSelectCells);

  return (
    <div className={styles.root}>
      <aside className={styles.pane} aria-label="Panel tugas">
        <App host={workbook.host} lang={lang} theme={theme} />
      </aside>
      <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.right}>
        <div className={styles.bar}>
          <Text weight="semibold" as="h1" size={400} style={{ margin: 0 }}>
            Pratinjau: {workbook.name}
          </Text>
          <label>
            <Text size={200}>Pilih berkas .xlsx lain: </Text>
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) onFile(f);
              }}
            />
          </label>
        </div>
        <main
          aria-label="Lembar kerja"
          style={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column" }}
        >
          <Grid
            state={workbook.state}
            active={shownSheet}
            onActivate={(sheet) => setPicked({ sheet, version })}
            version={version}
            onCellClick={selectCells}
          />
        </main>
      </FluentProvider>
    </div>
  );
}

/**
 * Clicking cells of the grid selects them, as a user selects in Excel (shift-click extends from the
 * last clicked cell), so the pane's "declare the selection a table" has something to read.
 */
function useCellSelection(sheet: string, onSelectCells: PreviewProps["onSelectCells"]) {
  const [anchor, setAnchor] = useState<{ sheet: string; row: number; col: number } | null>(null);
  return (row: number, col: number, extend: boolean) => {
    const from = extend && anchor?.sheet === sheet ? anchor : { sheet, row, col };
    if (from !== anchor) setAnchor(from);
    const top = Math.min(from.row, row);
    const left = Math.min(from.col, col);
    onSelectCells(sheet, rangeAddress(top, left, Math.abs(row - from.row) + 1, Math.abs(col - from.col) + 1));
  };
}
