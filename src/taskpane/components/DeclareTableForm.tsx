/**
 * "Nyatakan sebagai tabel": the user says a block is a table the reader did not find (or could not
 * read), with its kind and how many header rows it has. The declaration is an overrides entry keyed
 * by "Sheet!A5:H20"; the reader reads that range as a table on the next run, and the declaration is
 * stored in the workbook with the other corrections.
 */
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { parseAddressByPattern, rangeAddress } from "../../engine/address";
import { TableKind } from "../../engine/mapping";
import { useStrings } from "../i18n";
import type { OverridesDraft } from "../use-capaian";

/** The header row counts the form offers (the overrides schema allows 1–6). */
export const HEADER_ROW_CHOICES = [1, 2, 3, 4, 5, 6] as const;

export interface DeclaredTable {
  kind: TableKind;
  barisJudul: number;
}

/** "Sheet!A5:H20": the key a declared table is stored and read under. */
export function declaredKey(sheet: string, range: string): string {
  return `${sheet}!${range}`;
}

/** The draft with `sheet!range` declared a table; corrections already made to it (column roles) are kept. */
export function withDeclaredTable(
  o: OverridesDraft,
  sheet: string,
  range: string,
  table: DeclaredTable,
): OverridesDraft {
  const key = declaredKey(sheet, range);
  return {
    ...o,
    tables: {
      ...o.tables,
      [key]: { ...o.tables[key], dariPengguna: true, kind: table.kind, barisJudul: table.barisJudul },
    },
  };
}

/** The draft without the declaration (and the corrections) stored under `key`. */
export function withoutDeclaredTable(o: OverridesDraft, key: string): OverridesDraft {
  const { [key]: _undone, ...tables } = o.tables;
  return { ...o, tables };
}

/** "a5:$h$20" → "A5:H20", the form the reader's ids use; anything that is not one block stays as it is. */
export function normalRange(range: string): string {
  const b = parseAddressByPattern(range);
  return b ? rangeAddress(b.row, b.col, b.rowCount, b.colCount) : range;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
});

export interface DeclareTableFormProps {
  sheet: string;
  range: string;
  /** the declaration already drafted for this block, if any */
  initial?: Partial<DeclaredTable>;
  disabled?: boolean;
  onDeclare(table: DeclaredTable): void;
}

export function DeclareTableForm({ sheet, range, initial, disabled, onDeclare }: DeclareTableFormProps) {
  const t = useStrings();
  const styles = useStyles();
  const problemId = useId();
  const [kind, setKind] = useState<TableKind>(initial?.kind ?? "realisasi");
  const [barisJudul, setBarisJudul] = useState(initial?.barisJudul ?? 1);
  const block = parseAddressByPattern(range);
  const problem = !block
    ? t.declareInvalidRange(range)
    : block.rowCount <= barisJudul
      ? t.declareTooFewRows(barisJudul)
      : null;

  return (
    <form
      className={styles.form}
      aria-label={t.declareFormLabel(declaredKey(sheet, range))}
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === null) onDeclare({ kind, barisJudul });
      }}
    >
      <Field label={t.declareKindLabel}>
        <Dropdown
          className={styles.control}
          value={t.kinds[kind]}
          selectedOptions={[kind]}
          onOptionSelect={(_, d) => d.optionValue && setKind(d.optionValue as TableKind)}
        >
          {TableKind.options.map((k) => (
            <Option key={k} value={k}>
              {t.kinds[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.declareHeaderRowsLabel} hint={t.declareHeaderRowsHint}>
        <Select
          className={styles.control}
          value={String(barisJudul)}
          onChange={(_, d) => setBarisJudul(Number(d.value))}
        >
          {HEADER_ROW_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      {problem !== null && (
        <Text id={problemId} size={200} role="alert">
          {problem}
        </Text>
      )}
      <Button
        type="submit"
        appearance="primary"
        disabled={disabled || problem !== null}
        aria-describedby={problem !== null ? problemId : undefined}
      >
        {t.declareTitle}
      </Button>
    </form>
  );
}
