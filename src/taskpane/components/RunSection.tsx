/** Hitung Capaian: the button, the step being run, and how the run ended (done, or refused and why). */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { RunStep } from "../../pipeline/run";
import { useStrings } from "../i18n";
import type { CapaianApi } from "../use-capaian";
import { RefusalMessage } from "./RefusalMessage";

const STEPS: RunStep[] = ["baca", "petakan", "hitung", "rencana", "tulis"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hidden: { position: "absolute", left: "-10000px" },
});

export interface RunSectionProps {
  cap: CapaianApi;
  scaleValid: boolean;
  onSelect(sheet: string, cell: string): void;
}

/** What the run is doing, or how the last one ended; read out as it changes. */
function RunStatus({ cap }: { cap: CapaianApi }) {
  const t = useStrings();
  const stepIndex = cap.step ? STEPS.indexOf(cap.step) : -1;
  const outcome = cap.outcome;
  return (
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
  );
}

export function RunSection({ cap, scaleValid, onSelect }: RunSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const runHintId = useId();
  const busy = cap.busy !== null && cap.busy !== "muat";
  const outcome = cap.outcome;
  return (
    <section className={styles.section} aria-labelledby={`${runHintId}-h`}>
      <h2 id={`${runHintId}-h`} className={styles.hidden}>
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
      <RunStatus cap={cap} />
      {outcome && !outcome.ok && <RefusalMessage refusals={outcome.refusals} onSelect={onSelect} />}
    </section>
  );
}
