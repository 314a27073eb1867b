/**
 * A plain view of the fake workbook's sheets (tabs, values, fills), redrawn after every run so
 * a person can see what the pane wrote. Hidden sheets are listed last and marked.
 */
import { makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetter } from "../engine/address";
import type { CellValue } from "../engine/snapshot";
import { contains, type FakeSheetState, type FakeWorkbookState } from "../excel/fake/state";
import { shownFill } from "./cf";

const MAX_ROWS_SHOWN = 400;
const MAX_COLS_SHOWN = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  scroller: { overflow: "auto", flex: 1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', sans-serif" },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    position: "sticky",
    top: 0,
  },
  rowHead: { position: "sticky", left: 0, top: "auto", textAlign: "right" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "150px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    color: "#1a1a1a",
    background: "#ffffff",
  },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
});

function shown(value: CellValue, numberFormat: string): string {
  if (typeof value === "number") {
    if (/%/.test(numberFormat))
      return `${(value * 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`;
    return value.toLocaleString("id-ID", { maximumFractionDigits: 2 });
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

function sheetBounds(sheet: FakeSheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of sheet.cells.values()) {
    if (c.value === "" && !c.style.fill) continue;
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows: Math.min(rows, MAX_ROWS_SHOWN), cols: Math.min(cols, MAX_COLS_SHOWN) };
}

export interface GridProps {
  state: FakeWorkbookState;
  active: string;
  onActivate(sheet: string): void;
  /** bumps after each run so React redraws the same mutable state */
  version: number;
  /** a click on a cell (shift: extend from the last clicked cell), as the user selects in Excel */
  onCellClick?(row: number, col: number, extend: boolean): void;
}

export function Grid({ state, active, onActivate, version, onCellClick }: GridProps) {
  const styles = useStyles();
  const order = [...state.sheets].sort(
    (a, b) => Number(a.visibility !== "Visible") - Number(b.visibility !== "Visible"),
  );
  const sheet = state.sheets.find((s) => s.name === active) ?? order[0];
  const sel =
    state.selection && sheet && state.selection.sheet === sheet.name ? state.selection.address : null;
  const selBlock = sel ? selectionBlock(sel) : null;

  return (
    <div className={styles.root} data-version={version}>
      <TabList
        selectedValue={sheet?.name}
        onTabSelect={(_, d) => onActivate(String(d.value))}
        size="small"
        aria-label="Lembar"
        style={{ flexWrap: "wrap" }}
      >
        {order.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet={s.name}>
            {s.name}
            {s.visibility !== "Visible" ? " (tersembunyi)" : ""}
          </Tab>
        ))}
      </TabList>
      {sheet ? (
        <SheetTable sheet={sheet} selBlock={selBlock} styles={styles} onCellClick={onCellClick} />
      ) : (
        <Text>—</Text>
      )}
    </div>
  );
}

function selectionBlock(address: string) {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
}

function SheetTable({
  sheet,
  selBlock,
  styles,
  onCellClick,
}: {
  sheet: FakeSheetState;
  selBlock: ReturnType<typeof selectionBlock>;
  styles: ReturnType<typeof useStyles>;
  onCellClick: GridProps["onCellClick"];
}) {
  const { rows, cols } = sheetBounds(sheet);
  const colIdx = Array.from({ length: cols }, (_, c) => c);
  return (
    <div className={styles.scroller} role="region" aria-label={`Lembar ${sheet.name}`} tabIndex={0}>
      <table className={styles.table} data-sheet={sheet.name}>
        <thead>
          <tr>
            <th className={styles.head} aria-label="Baris" />
            {colIdx.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={`${styles.head} ${styles.rowHead}`} scope="row">
                {r + 1}
              </th>
              {colIdx.map((c) => {
                const cell = sheet.cells.get(`${r},${c}`);
                const value = cell?.value ?? "";
                const look = cell
                  ? shownFill(sheet, r, c, value, { fill: cell.style.fill, fontColor: cell.style.fontColor })
                  : {};
                const addr = cellAddress(r, c);
                const isSel = selBlock ? contains(selBlock, r, c) : false;
                return (
                  <td
                    key={c}
                    className={`${styles.cell} ${isSel ? styles.selected : ""}`}
                    data-addr={addr}
                    data-fill={look.fill ?? ""}
                    data-value={cell ? JSON.stringify(value) : undefined}
                    data-selected={isSel || undefined}
                    title={typeof value === "string" ? value : undefined}
                    onClick={onCellClick ? (e) => onCellClick(r, c, e.shiftKey) : undefined}
                    // shift-click extends the cell selection, not the page's text selection
                    onMouseDown={onCellClick ? (e) => e.shiftKey && e.preventDefault() : undefined}
                    style={{
                      background: look.fill,
                      color: look.fontColor,
                      fontWeight: cell?.style.bold ? 600 : undefined,
                      textAlign: typeof value === "number" ? "right" : undefined,
                    }}
                  >
                    {cell ? shown(value, cell.numberFormat) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
