/** "Sisipkan Tabel 3.x": choose the tables (all by default); afterwards, where each one went. */
import { Button, Checkbox, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PlacedTable, TabelDilewati } from "../../engine/plan";
import { useLang, useStrings } from "../i18n";
import type { TabelNomor } from "../use-capaian";

export const ALL_TABLES: TabelNomor[] = ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"];

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", margin: 0, padding: 0, border: "none" },
  legend: { position: "absolute", left: "-10000px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface InsertTablesProps {
  disabled: boolean;
  busy: boolean;
  placed: PlacedTable[] | null;
  /** the tables asked for and not written by the last insert, with their reasons */
  skipped?: TabelDilewati[] | null;
  onInsert(tabel: TabelNomor[]): void;
  onSelect(sheet: string, cell: string): void;
}

export function InsertTables({ disabled, busy, placed, skipped, onInsert, onSelect }: InsertTablesProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const hintId = useId();
  const [chosen, setChosen] = useState<TabelNomor[]>(ALL_TABLES);
  const toggle = (n: TabelNomor, on: boolean) =>
    setChosen((c) => (on ? ALL_TABLES.filter((x) => x === n || c.includes(x)) : c.filter((x) => x !== n)));

  return (
    <div className={styles.stack}>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t.insertTitle}</legend>
        {ALL_TABLES.map((n) => (
          <Checkbox
            key={n}
            label={t.tableNames[n]}
            checked={chosen.includes(n)}
            onChange={(_, d) => toggle(n, d.checked === true)}
          />
        ))}
      </fieldset>
      <Button
        appearance="secondary"
        disabled={disabled || busy || chosen.length === 0}
        aria-describedby={chosen.length === 0 ? hintId : undefined}
        onClick={() => onInsert(chosen)}
      >
        {t.insertButton}
      </Button>
      {chosen.length === 0 && <Text id={hintId}>{t.insertNone}</Text>}
      {placed && placed.length > 0 && (
        <div>
          <Text weight="semibold">{t.insertDone}</Text>
          <ul className={styles.list} aria-label={t.insertDone}>
            {placed.map((p) => {
              const where = `${p.sheet}!${p.rentang}`;
              return (
                <li key={`${p.nomor}-${where}`} data-nomor={p.nomor}>
                  <Text size={200}>
                    {/^tabel\b/i.test(p.judul) ? p.judul : `Tabel ${p.nomor} ${p.judul}`} {t.placedAt("")}
                  </Text>
                  <Link as="button" onClick={() => onSelect(p.sheet, p.rentang)}>
                    {where}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {skipped && skipped.length > 0 && (
        <div>
          <Text weight="semibold">{t.insertSkipped}</Text>
          <ul className={styles.list} aria-label={t.insertSkipped}>
            {skipped.map((d) => (
              <li key={d.nomor} data-nomor={d.nomor} data-kode={d.kode}>
                <Text size={200}>{t.skippedItem(d.nomor, d.alasan[lang])}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
