/**
 * Ringkasan: the tables the reader found, and plainly what it was unsure of, with a Dropdown to
 * correct a table's kind or a column's role. Corrections become RunOptions.overrides.
 */
import { Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../engine/address";
import { ColumnRole, TableKind, type ReadResult, type TableMapping } from "../../engine/mapping";
import type { Temuan } from "../../engine/model";
import { useLang, useStrings } from "../i18n";
import type { OverridesDraft } from "../use-capaian";

/** Below this the reader's guess is shown for confirmation (the contract's threshold). */
export const LOW_CONFIDENCE = 0.6;

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    wordBreak: "break-word",
  },
  nowrap: { whiteSpace: "nowrap" },
  low: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SummarySectionProps {
  read: ReadResult | null;
  overrides: OverridesDraft;
  onOverridesChange(update: (o: OverridesDraft) => OverridesDraft): void;
}

export function SummarySection({ read, overrides, onOverridesChange }: SummarySectionProps) {
  const t = useStrings();
  const styles = useStyles();
  if (!read) return <Text role="status">{t.loadingWorkbook}</Text>;
  if (read.tables.length === 0) return <Text>{t.summaryEmpty}</Text>;

  const sorted = [...read.tables].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.sheet.localeCompare(b.sheet),
  );
  const uncertain = read.tables.filter(
    (tb) =>
      isDeclared(tb, overrides) ||
      tb.kindConfidence < LOW_CONFIDENCE ||
      tb.columns.some((c) => c.confidence < LOW_CONFIDENCE),
  );
  const weakJoins = read.temuan.filter(
    (x) =>
      x.kode === "PENCOCOKAN_LEMAH" || x.kode === "PENCOCOKAN_GANDA" || x.kode === "KODE_TANPA_INDIKATOR",
  );

  return (
    <div className={styles.stack}>
      <Text>
        {t.indicatorsRead(read.indicators.length)}
        {read.years.length > 0 && ` · ${t.yearsRead(read.years.join(", "))}`}
      </Text>
      <table className={styles.table}>
        <caption style={{ textAlign: "left", fontWeight: 600 }}>{t.summaryTablesCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t.colKind}
            </th>
            <th className={styles.cell} scope="col">
              {t.colSheet}!{t.colRange} ({t.colConfidence})
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((tb) => (
            <tr key={tb.id}>
              <td className={styles.cell}>{t.kinds[overrides.tables[tb.id]?.kind ?? tb.kind]}</td>
              <td className={styles.cell}>
                {tb.sheet}!<span className={styles.nowrap}>{tb.range}</span>{" "}
                <span className={`${styles.nowrap} ${tb.kindConfidence < LOW_CONFIDENCE ? styles.low : ""}`}>
                  ({Math.round(tb.kindConfidence * 100)}%)
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {uncertain.length > 0 && (
        <section aria-label={t.uncertainTitle} className={styles.stack}>
          <Text weight="semibold">{t.uncertainTitle}</Text>
          <Text size={200}>{t.uncertainHelp}</Text>
          {uncertain.map((tb) => (
            <TableCorrections
              key={tb.id}
              table={tb}
              overrides={overrides}
              onOverridesChange={onOverridesChange}
            />
          ))}
        </section>
      )}

      {weakJoins.length > 0 && <WeakJoins temuan={weakJoins} />}
    </div>
  );
}

/** Rows matched to an indicator only by similar text, or to more than one: said plainly, with their cell. */
function WeakJoins({ temuan }: { temuan: Temuan[] }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <section aria-label={t.unmatchedTitle}>
      <Text weight="semibold">{t.unmatchedTitle}</Text>
      <ul className={styles.list}>
        {temuan.map((x, i) => (
          <li key={i}>
            <Text size={200}>
              {x.pesan[lang]}
              {x.sel[0] ? ` (${x.sel[0].sheet}!${x.sel[0].cell})` : ""}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A table the user declared shows every column, so its roles can be set whatever the reader guessed. */
function isDeclared(tb: TableMapping, overrides: OverridesDraft): boolean {
  return overrides.tables[tb.id]?.dariPengguna === true;
}

/** One table to check: its kind when unsure (or declared), and each column whose role is unsure. */
function TableCorrections({
  table: tb,
  overrides,
  onOverridesChange,
}: Omit<SummarySectionProps, "read"> & { table: TableMapping }) {
  const t = useStrings();
  const styles = useStyles();
  const declared = isDeclared(tb, overrides);
  const setKind = (kind: TableKind) =>
    onOverridesChange((o) => ({
      tables: { ...o.tables, [tb.id]: { ...o.tables[tb.id], kind } },
    }));
  const setRole = (col: number, role: ColumnRole) =>
    onOverridesChange((o) => {
      const prev = o.tables[tb.id] ?? {};
      const mapping = tb.columns.find((c) => c.col === col);
      const entry = { role, ...(mapping?.tahun !== undefined ? { tahun: mapping.tahun } : {}) };
      return {
        tables: { ...o.tables, [tb.id]: { ...prev, columns: { ...prev.columns, [String(col)]: entry } } },
      };
    });

  return (
    <div className={styles.stack}>
      {(declared || tb.kindConfidence < LOW_CONFIDENCE) && (
        <Field label={t.tableKindLabel(tb.sheet, tb.range)}>
          <Dropdown
            value={t.kinds[overrides.tables[tb.id]?.kind ?? tb.kind]}
            selectedOptions={[overrides.tables[tb.id]?.kind ?? tb.kind]}
            onOptionSelect={(_, d) => d.optionValue && setKind(d.optionValue as TableKind)}
          >
            {TableKind.options.map((k) => (
              <Option key={k} value={k}>
                {t.kinds[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {tb.columns
        .filter((c) => declared || c.confidence < LOW_CONFIDENCE)
        .map((c) => {
          const role = overrides.tables[tb.id]?.columns?.[String(c.col)]?.role ?? c.role;
          return (
            <Field
              key={c.col}
              label={t.columnRoleLabel(c.header, `${tb.sheet}!${columnLetter(c.col)}`)}
              hint={`${Math.round(c.confidence * 100)}%`}
            >
              <Dropdown
                value={t.roles[role]}
                selectedOptions={[role]}
                onOptionSelect={(_, d) => d.optionValue && setRole(c.col, d.optionValue as ColumnRole)}
              >
                {ColumnRole.options.map((r) => (
                  <Option key={r} value={r}>
                    {t.roles[r]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
    </div>
  );
}
