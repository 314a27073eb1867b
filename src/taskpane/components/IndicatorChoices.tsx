/**
 * After a run, per indicator: its polaritas (any indicator, not only the guessed ones) and, for an indicator
 * reported per quarter, how its quarters make the year, with the engine's reason. Choices go into the
 * settings draft (Settings.polaritas, Settings.agregasiTriwulanPer); the next run uses and stores them.
 * A polaritas the reader guessed shows why beside its choice (the guess's finding), so the user can judge it
 * where they would change it instead of looking it up in the findings list.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Polaritas, type Pesan } from "../../engine/model";
import type { ComputeResult, IndicatorResult } from "../../engine/result";
import { AgregasiTriwulan, type Settings } from "../../engine/settings";
import { formatNumber, useLang, useStrings } from "../i18n";

const PAGE = 25;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
});

/** Per-indicator choices of the draft that differ from those the shown result was computed with. */
export function choicesPending(draft: Settings, applied: Settings): number {
  let n = 0;
  const count = (a: Record<string, string>, b: Record<string, string>) => {
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[id] !== b[id]) n++;
  };
  count(draft.polaritas, applied.polaritas);
  count(draft.agregasiTriwulanPer, applied.agregasiTriwulanPer);
  return n;
}

export interface IndicatorChoicesProps {
  result: ComputeResult;
  /** the settings the result was computed with */
  applied: Settings;
  /** the draft the next run uses */
  settings: Settings;
  onChange(update: (s: Settings) => Settings): void;
}

/** Why the reader guessed an indicator's polaritas, by indicator id (its POLARITAS_DITEBAK finding). */
function alasanPolaritas(result: ComputeResult): Map<string, Pesan> {
  const out = new Map<string, Pesan>();
  for (const t of result.temuan)
    if (t.kode === "POLARITAS_DITEBAK" && t.indicatorId !== undefined) out.set(t.indicatorId, t.pesan);
  return out;
}

export function IndicatorChoices({ result, applied, settings, onChange }: IndicatorChoicesProps) {
  const t = useStrings();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const rows = result.indikator;
  const pending = choicesPending(settings, applied);
  const alasan = alasanPolaritas(result);
  if (rows.length === 0) return null;

  return (
    <div className={styles.stack}>
      <Accordion collapsible>
        <AccordionItem value="per-indikator">
          <AccordionHeader as="h3">{t.choicesTitle(rows.length)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.stack}>
              <Text size={200}>{t.choicesHelp}</Text>
              <ul className={styles.list}>
                {rows.slice(0, shown).map((row) => (
                  <li key={row.indicatorId} data-indicator-id={row.indicatorId}>
                    <IndicatorRow
                      row={row}
                      alasan={alasan.get(row.indicatorId)}
                      settings={settings}
                      onChange={onChange}
                    />
                  </li>
                ))}
              </ul>
              {rows.length > shown && (
                <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
                  {t.showMore(Math.min(PAGE, rows.length - shown))}
                </Button>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {pending > 0 && (
        <Text size={200} role="status">
          {t.choicesPending(pending)}
        </Text>
      )}
    </div>
  );
}

interface IndicatorRowProps {
  row: IndicatorResult;
  /** why the reader guessed this polaritas, when it did */
  alasan: Pesan | undefined;
  settings: Settings;
  onChange(update: (s: Settings) => Settings): void;
}

function IndicatorRow({ row, alasan, settings, onChange }: IndicatorRowProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const id = row.indicatorId;
  const polaritas = settings.polaritas[id] ?? row.polaritas;
  const agregasi = row.agregasiTriwulan;
  const mode = settings.agregasiTriwulanPer[id] ?? agregasi?.mode;
  const capaian = row.capaian === null ? "—" : `${formatNumber(row.capaian, lang, settings.desimal)}%`;
  const hint = !agregasi
    ? undefined
    : mode !== agregasi.mode
      ? t.choiceNextRun
      : `${agregasi.alasan[lang]}${agregasi.dipakai ? "" : ` ${t.agregasiNotUsed}`}`;

  // the guess's reason until the user has chosen (a choice equal to the guess confirms it)
  const polaritasHint =
    polaritas !== row.polaritas
      ? t.choiceNextRun
      : settings.polaritas[id] === undefined
        ? alasan?.[lang]
        : undefined;

  return (
    <fieldset className={styles.item}>
      <legend className={styles.legend}>{row.indikator}</legend>
      <Text size={200}>
        {capaian} · {row.predikat ?? t.noPredikat}
      </Text>
      <Field label={t.polaritasLabel} hint={polaritasHint}>
        <Dropdown
          value={t.polaritas[polaritas]}
          selectedOptions={[polaritas]}
          onOptionSelect={(_, d) => {
            const p = Polaritas.safeParse(d.optionValue);
            if (p.success) onChange((s) => ({ ...s, polaritas: { ...s.polaritas, [id]: p.data } }));
          }}
        >
          {Polaritas.options.map((p) => (
            <Option key={p} value={p}>
              {t.polaritas[p]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {agregasi && mode && (
        <Field label={t.agregasiLabel} hint={hint}>
          <Dropdown
            value={t.agregasi[mode]}
            selectedOptions={[mode]}
            onOptionSelect={(_, d) => {
              const m = AgregasiTriwulan.safeParse(d.optionValue);
              if (m.success)
                onChange((s) => ({
                  ...s,
                  agregasiTriwulanPer: { ...s.agregasiTriwulanPer, [id]: m.data },
                }));
            }}
          >
            {AgregasiTriwulan.options.map((m) => (
              <Option key={m} value={m}>
                {t.agregasi[m]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </fieldset>
  );
}
