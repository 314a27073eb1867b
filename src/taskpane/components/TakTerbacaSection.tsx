/**
 * "Tidak dipahami": every block the reader saw holding numbers beside text but did not read as a
 * performance table, with its reason and a link that selects it in the sheet; any such block, or
 * whatever the user selected, can be declared a table. Never silent about what was not read.
 */
import { Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { BlokTakTerbaca, ReadResult } from "../../engine/mapping";
import { useLang, useStrings } from "../i18n";
import type { OverridesDraft } from "../use-capaian";
import {
  declaredKey,
  DeclareTableForm,
  normalRange,
  withDeclaredTable,
  withoutDeclaredTable,
} from "./DeclareTableForm";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { fontSize: tokens.fontSizeBase200, textAlign: "left", wordBreak: "break-all" },
});

type Update = (o: OverridesDraft) => OverridesDraft;

export interface TakTerbacaSectionProps {
  read: ReadResult | null;
  overrides: OverridesDraft;
  /** a run is going on: declaring waits for it */
  busy: boolean;
  /** changes the draft and reads the workbook again with it, so a declared table shows in the summary */
  onDeclare(update: Update): void;
  onSelect(sheet: string, range: string): void;
  /** the block selected in the sheet (through the host bridge); null when it is not one block */
  onReadSelection(): Promise<{ sheet: string; range: string } | null>;
  onError(error: unknown): void;
}

export function TakTerbacaSection(props: TakTerbacaSectionProps) {
  const styles = useStyles();
  if (!props.read) return null;
  return (
    <div className={styles.stack}>
      {props.read.takTerbaca.length > 0 && <BlockList {...props} blocks={props.read.takTerbaca} />}
      <DeclaredList overrides={props.overrides} busy={props.busy} onDeclare={props.onDeclare} />
      <SelectionDeclare {...props} />
    </div>
  );
}

function BlockList({ blocks, ...props }: TakTerbacaSectionProps & { blocks: BlokTakTerbaca[] }) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text id={headingId} weight="semibold">
        {t.takTerbacaTitle} ({blocks.length})
      </Text>
      <Text size={200}>{t.takTerbacaHelp}</Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {blocks.map((b, i) => (
          <BlockItem key={`${declaredKey(b.sheet, b.range)}#${i}`} block={b} {...props} />
        ))}
      </ul>
    </section>
  );
}

function BlockItem({
  block,
  overrides,
  busy,
  onDeclare,
  onSelect,
}: TakTerbacaSectionProps & { block: BlokTakTerbaca }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const where = declaredKey(block.sheet, block.range);
  const drafted = overrides.tables[where];
  return (
    <li className={styles.item} data-kode={block.kode}>
      <Text size={200}>{block.pesan[lang]}</Text>
      <div className={styles.row}>
        <Link
          as="button"
          className={styles.where}
          aria-label={t.takTerbacaSelect(where)}
          onClick={() => onSelect(block.sheet, block.range)}
        >
          {where}
        </Link>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          aria-label={`${t.declareTitle}: ${where}`}
          onClick={() => setOpen((o) => !o)}
        >
          {t.declareTitle}
        </Button>
      </div>
      {open && (
        <div id={formId}>
          <DeclareTableForm
            sheet={block.sheet}
            range={block.range}
            initial={drafted?.dariPengguna ? drafted : undefined}
            disabled={busy}
            onDeclare={(table) => {
              setOpen(false);
              onDeclare((o) => withDeclaredTable(o, block.sheet, block.range, table));
            }}
          />
        </div>
      )}
    </li>
  );
}

/** The declarations drafted in this session (stored at the next Hitung Capaian), each with an undo. */
function DeclaredList({
  overrides,
  busy,
  onDeclare,
}: Pick<TakTerbacaSectionProps, "overrides" | "busy" | "onDeclare">) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const declared = Object.entries(overrides.tables).filter(([, e]) => e.dariPengguna === true);
  if (declared.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text id={headingId} weight="semibold">
        {t.declaredTitle}
      </Text>
      <Text size={200}>{t.declaredHelp}</Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {declared.map(([key, e]) => (
          <li key={key} className={styles.row}>
            <Text size={200} className={styles.where}>
              {t.declaredItem(key, t.kinds[e.kind ?? "realisasi"], e.barisJudul ?? 1)}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              aria-label={`${t.declaredRemove}: ${key}`}
              onClick={() => onDeclare((o) => withoutDeclaredTable(o, key))}
            >
              {t.declaredRemove}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Nyatakan pilihan sebagai tabel": take the block selected in the sheet, then the same form. */
function SelectionDeclare({ busy, onDeclare, onReadSelection, onError }: TakTerbacaSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const [target, setTarget] = useState<{ sheet: string; range: string } | null>(null);
  const [noBlock, setNoBlock] = useState(false);
  const readSelection = async () => {
    try {
      const selected = await onReadSelection();
      setNoBlock(selected === null);
      setTarget(selected && { sheet: selected.sheet, range: normalRange(selected.range) });
    } catch (e) {
      onError(e);
    }
  };
  const where = target ? declaredKey(target.sheet, target.range) : "";
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <Text id={headingId} weight="semibold">
        {t.declareSelectionTitle}
      </Text>
      <Text size={200}>{t.declareSelectionHelp}</Text>
      <div className={styles.row}>
        <Button size="small" disabled={busy} onClick={() => void readSelection()}>
          {t.declareUseSelection}
        </Button>
        {target && (
          <Text size={200} className={styles.where} role="status">
            {t.declareTarget(where)}
          </Text>
        )}
        {noBlock && (
          <Text size={200} role="alert">
            {t.declareNoBlock}
          </Text>
        )}
      </div>
      {target && (
        <DeclareTableForm
          key={where}
          sheet={target.sheet}
          range={target.range}
          disabled={busy}
          onDeclare={(table) => {
            setTarget(null);
            onDeclare((o) => withDeclaredTable(o, target.sheet, target.range, table));
          }}
        />
      )}
    </section>
  );
}
