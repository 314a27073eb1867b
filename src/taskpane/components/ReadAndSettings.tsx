/** Ringkasan (what was read, and what was not) and Pengaturan, as the pane's two folding sections. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { pendingOverrides, type CapaianApi } from "../use-capaian";
import { SettingsSection } from "./SettingsSection";
import { SummarySection } from "./SummarySection";
import { TakTerbacaSection } from "./TakTerbacaSection";

export interface ReadAndSettingsProps {
  cap: CapaianApi;
  onSelect(sheet: string, cell: string): void;
  onReadSelection(): Promise<{ sheet: string; range: string } | null>;
  onError(e: unknown): void;
  onScaleValidityChange(valid: boolean): void;
}

export function ReadAndSettings({
  cap,
  onSelect,
  onReadSelection,
  onError,
  onScaleValidityChange,
}: ReadAndSettingsProps) {
  const t = useStrings();
  const pending = pendingOverrides(cap.overrides, cap.overridesApplied);
  return (
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
            onSelect={onSelect}
            onReadSelection={onReadSelection}
            onError={onError}
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
            onScaleValidityChange={onScaleValidityChange}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
