/** The pane's layout: header, Ringkasan, Pengaturan, Hitung Capaian with its results, Sisipkan Tabel 3.x. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RunStep } from "../../pipeline/run";
import { useHost } from "../host-bridge";
import { useStrings } from "../i18n";
import { pendingOverrides, useCapaian } from "../use-capaian";
import { ErrorMessage } from "./ErrorMessage";
import { IndicatorChoices } from "./IndicatorChoices";
import { InsertTables } from "./InsertTables";
import { RefusalMessage } from "./RefusalMessage";
import { ResultsView } from "./ResultsView";
import { SettingsSection } from "./SettingsSection";
import { SummarySection } from "./SummarySection";
import { TakTerbacaSection } from "./TakTerbacaSection";

const STEPS: RunStep[] = ["baca", "petakan", "hitung", "rencana", "tulis"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function Pane() {
  const t = useStrings();
  const styles = useStyles();
  const host = useHost();
  const cap = useCapaian(host.gateway);
  const [scaleValid, setScaleValid] = useState(true);
  const runHintId = useId();
  const [selectError, setSelectError] = useState<unknown>(null);

  const select = (sheet: string, cell: string) => {
    host.selectCell(sheet, cell).catch((e: unknown) => setSelectError(e));
  };
  const busy = cap.busy !== null && cap.busy !== "muat";
  const stepIndex = cap.step ? STEPS.indexOf(cap.step) : -1;
  const outcome = cap.outcome;
  const pending = pendingOverrides(cap.overrides, cap.overridesApplied);

  return (
    <main className={styles.root} aria-busy={cap.busy !== null}>
      <header className={styles.header}>
        <h1 className={styles.h1}>{t.appTitle}</h1>
        <Text size={200}>{t.appSubtitle}</Text>
      </header>

      {cap.error && (
        <ErrorMessage
          error={cap.error.error}
          duringRead={cap.error.action === "muat" || cap.error.action === "terapkan"}
          onRetry={cap.error.action === "muat" ? cap.reload : undefined}
          onDismiss={cap.dismissError}
        />
      )}
      {selectError !== null && <ErrorMessage error={selectError} onDismiss={() => setSelectError(null)} />}

      <Accordion multiple collapsible defaultOpenItems={["ringkasan"]}>
        <AccordionItem value="ringkasan">
          <AccordionHeader as="h2">{t.summaryTitle}</AccordionHeader>
          <AccordionPanel>
            <SummarySection read={cap.read} overrides={cap.overrides} onOverridesChange={cap.setOverrides} />
            <TakTerbacaSection
              read={cap.read}
              overrides={cap.overrides}
              busy={cap.busy !== null}
              onDeclare={cap.applyOverrides}
              onSelect={select}
              onReadSelection={() => host.getSelectedRange()}
              onError={(e) => setSelectError(e)}
            />
            {pending > 0 && <Text size={200}>{t.overridesPending(pending)}</Text>}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="pengaturan">
          <AccordionHeader as="h2">{t.settingsTitle}</AccordionHeader>
          <AccordionPanel>
            <SettingsSection
              read={cap.read}
              settings={cap.settings}
              onChange={cap.setSettings}
              onScaleValidityChange={setScaleValid}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <section className={styles.section} aria-labelledby={`${runHintId}-h`}>
        <h2 id={`${runHintId}-h`} className={styles.h2} style={{ position: "absolute", left: -10000 }}>
          {t.runButton}
        </h2>
        <Button
          appearance="primary"
          size="large"
          disabled={busy || !scaleValid}
          aria-describedby={!scaleValid ? runHintId : undefined}
          onClick={cap.hitung}
        >
          {cap.busy === "hitung" ? t.runBusy : t.runButton}
        </Button>
        {!scaleValid && <Text id={runHintId}>{t.runDisabledScale}</Text>}
        <div aria-live="polite" role="status">
          {cap.busy !== null && (
            <>
              <ProgressBar
                value={stepIndex >= 0 ? (stepIndex + 1) / STEPS.length : undefined}
                aria-label={t.runBusy}
              />
              <Text size={200}>
                {cap.step ? t.stepOf(stepIndex + 1, STEPS.length, t.steps[cap.step]) : t.loadingWorkbook}
              </Text>
            </>
          )}
          {cap.busy === null && outcome?.ok && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {t.runDone(
                  outcome.result.indikator.filter((i) => i.capaian !== null).length,
                  outcome.result.indikator.length,
                  outcome.result.tahun,
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {outcome && !outcome.ok && <RefusalMessage refusals={outcome.refusals} onSelect={select} />}
      </section>

      {outcome?.ok && (
        <section className={styles.section} aria-label={t.resultsTitle}>
          <h2 className={styles.h2}>{t.resultsTitle}</h2>
          <ResultsView
            result={outcome.result}
            settings={outcome.settings}
            skipped={outcome.report?.skipped}
            onSelect={select}
          />
          <IndicatorChoices
            result={outcome.result}
            applied={outcome.settings}
            settings={cap.settings}
            onChange={cap.setSettings}
          />
        </section>
      )}

      <section className={styles.section} aria-label={t.insertTitle}>
        <h2 className={styles.h2}>{t.insertTitle}</h2>
        <InsertTables
          disabled={!scaleValid}
          busy={busy}
          placed={outcome?.ok && cap.lastAction === "sisipkan" ? outcome.tables : null}
          skipped={outcome?.ok && cap.lastAction === "sisipkan" ? outcome.tabelDilewati : null}
          onInsert={cap.sisipkan}
          onSelect={select}
        />
      </section>
    </main>
  );
}
