/**
 * The predikat scale: a preset, or its bands edited in place. Each keystroke is checked (number
 * fields here, gaps and overlaps by the engine's validateScale) so the user sees the problem at once;
 * only a valid scale reaches the settings.
 */
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { PRESET_SCALES, resolveScale, validateScale } from "../../engine/predikat";
import type { PredikatBand, PredikatScale, Settings } from "../../engine/settings";
import { parseUserNumber, useLang, useStrings, type Lang } from "../i18n";

export const CUSTOM_SCALE_ID = "kustom";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  band: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  full: { gridColumn: "1 / -1" },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

interface BandDraft {
  label: string;
  from: string;
  fromInclusive: boolean;
  to: string;
  toInclusive: boolean;
  fill?: string;
  fontColor?: string;
}

function draftOf(scale: PredikatScale, lang: Lang): BandDraft[] {
  const num = (n: number) => (lang === "id" ? String(n).replace(".", ",") : String(n));
  return scale.bands.map((b) => ({
    label: b.label,
    from: num(b.from),
    fromInclusive: b.fromInclusive,
    to: b.to === null ? "" : num(b.to),
    toInclusive: b.toInclusive,
    fill: b.fill,
    fontColor: b.fontColor,
  }));
}

/** Drafts → bands, or the indexes of fields that are not numbers. */
function bandsOf(drafts: BandDraft[]): { bands: PredikatBand[]; badFields: Set<string> } {
  const badFields = new Set<string>();
  const bands = drafts.map((d, i) => {
    const from = parseUserNumber(d.from);
    const to = d.to.trim() === "" ? null : parseUserNumber(d.to);
    if (from === null) badFields.add(`${i}.from`);
    if (d.to.trim() !== "" && to === null) badFields.add(`${i}.to`);
    if (d.label.trim() === "") badFields.add(`${i}.label`);
    const band: PredikatBand = {
      label: d.label.trim(),
      from: from ?? Number.NaN,
      fromInclusive: d.fromInclusive,
      to,
      toInclusive: d.toInclusive,
    };
    if (d.fill) band.fill = d.fill;
    if (d.fontColor) band.fontColor = d.fontColor;
    return band;
  });
  return { bands, badFields };
}

export interface ScaleEditorProps {
  value: Settings["skala"];
  onChange(skala: Settings["skala"]): void;
  onValidityChange(valid: boolean): void;
}

interface ScaleDraft {
  presetId: string;
  drafts: BandDraft[];
  problems: string[];
  /** the drafts' fields that are not numbers (or an empty label), as `${index}.${field}` */
  badFields: Set<string>;
  valid: boolean;
  commit(next: BandDraft[]): void;
  choosePreset(id: string): void;
  edit(i: number, patch: Partial<BandDraft>): void;
}

/** The bands as typed: each change is checked at once, and only a valid scale reaches onChange. */
function useScaleDraft({ value, onChange, onValidityChange }: ScaleEditorProps): ScaleDraft {
  const t = useStrings();
  const lang = useLang();
  const initial = resolveScale(value);
  const [presetId, setPresetId] = useState(typeof value === "string" ? initial.id : CUSTOM_SCALE_ID);
  const [drafts, setDrafts] = useState<BandDraft[]>(() => draftOf(initial, lang));
  const [problems, setProblems] = useState<string[]>([]);

  const commit = (next: BandDraft[]) => {
    setDrafts(next);
    const { bands, badFields } = bandsOf(next);
    if (badFields.size > 0 || bands.length === 0) {
      setProblems([]);
      onValidityChange(false);
      return;
    }
    const scale: PredikatScale = { id: CUSTOM_SCALE_ID, nama: t.scaleCustom, bands };
    const check = validateScale(scale);
    setProblems(check.errors.map((e) => e[lang]));
    onValidityChange(check.ok);
    setPresetId(CUSTOM_SCALE_ID);
    if (check.ok) onChange(scale);
  };

  const choosePreset = (id: string) => {
    setPresetId(id);
    if (id === CUSTOM_SCALE_ID) return;
    const scale = resolveScale(id);
    setDrafts(draftOf(scale, lang));
    setProblems([]);
    onValidityChange(true);
    onChange(id);
  };

  const edit = (i: number, patch: Partial<BandDraft>) =>
    commit(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const { badFields } = bandsOf(drafts);
  const valid = badFields.size === 0 && problems.length === 0;
  return { presetId, drafts, problems, badFields, valid, commit, choosePreset, edit };
}

function PresetPicker({ presetId, onChoose }: { presetId: string; onChoose(id: string): void }) {
  const t = useStrings();
  const presetName = (id: string) =>
    id === CUSTOM_SCALE_ID ? t.scaleCustom : (PRESET_SCALES[id]?.nama ?? id);
  return (
    <Field label={t.scaleLabel}>
      <Dropdown
        value={presetName(presetId)}
        selectedOptions={[presetId]}
        onOptionSelect={(_, d) => d.optionValue && onChoose(d.optionValue)}
      >
        {[...Object.keys(PRESET_SCALES), CUSTOM_SCALE_ID].map((id) => (
          <Option key={id} value={id}>
            {presetName(id)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

interface BandFieldsProps {
  draft: BandDraft;
  index: number;
  captionId: string;
  badFields: Set<string>;
  /** the last band cannot be removed: a scale has at least one */
  removable: boolean;
  onEdit(patch: Partial<BandDraft>): void;
  onRemove(): void;
}

function BandFields({
  draft: d,
  index: i,
  captionId,
  badFields,
  removable,
  onEdit,
  onRemove,
}: BandFieldsProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <fieldset className={styles.band} aria-describedby={captionId}>
      <legend className={styles.legend}>
        {i + 1}. {d.label || "…"}
      </legend>
      <Field
        className={styles.full}
        label={t.bandLabel}
        validationMessage={badFields.has(`${i}.label`) ? t.bandLabelEmpty : undefined}
      >
        <Input className={styles.input} value={d.label} onChange={(_, v) => onEdit({ label: v.value })} />
      </Field>
      <div className={styles.column}>
        <Field
          label={t.bandFrom}
          validationMessage={badFields.has(`${i}.from`) ? t.bandNumberInvalid : undefined}
        >
          <Input
            className={styles.input}
            inputMode="decimal"
            value={d.from}
            onChange={(_, v) => onEdit({ from: v.value })}
          />
        </Field>
        <Checkbox
          label={t.bandFromInclusive}
          checked={d.fromInclusive}
          onChange={(_, v) => onEdit({ fromInclusive: v.checked === true })}
        />
      </div>
      <div className={styles.column}>
        <Field
          label={t.bandTo}
          hint={t.bandToHint}
          validationMessage={badFields.has(`${i}.to`) ? t.bandNumberInvalid : undefined}
        >
          <Input
            className={styles.input}
            inputMode="decimal"
            value={d.to}
            onChange={(_, v) => onEdit({ to: v.value })}
          />
        </Field>
        <Checkbox
          label={t.bandToInclusive}
          checked={d.toInclusive}
          disabled={d.to.trim() === ""}
          onChange={(_, v) => onEdit({ toInclusive: v.checked === true })}
        />
      </div>
      {removable && (
        <Button
          className={styles.full}
          size="small"
          appearance="subtle"
          aria-label={t.bandRemove(d.label || String(i + 1))}
          onClick={onRemove}
        >
          {t.bandRemove(d.label || String(i + 1))}
        </Button>
      )}
    </fieldset>
  );
}

/** Said politely as it changes: the scale is valid, or what is wrong with it. */
function ScaleStatus({ valid, problems }: { valid: boolean; problems: string[] }) {
  const t = useStrings();
  return (
    <div aria-live="polite">
      {valid ? (
        <Text size={200}>{t.scaleValid}</Text>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.scaleInvalid}</MessageBarTitle>
            {problems.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : (
              t.bandNumberInvalid
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

export function ScaleEditor(props: ScaleEditorProps) {
  const t = useStrings();
  const styles = useStyles();
  const baseId = useId();
  const { presetId, drafts, problems, badFields, valid, commit, choosePreset, edit } = useScaleDraft(props);
  return (
    <div className={styles.stack}>
      <PresetPicker presetId={presetId} onChoose={choosePreset} />
      <Text size={200} id={`${baseId}-caption`}>
        {t.bandsCaption}
      </Text>
      {drafts.map((d, i) => (
        <BandFields
          key={i}
          draft={d}
          index={i}
          captionId={`${baseId}-caption`}
          badFields={badFields}
          removable={drafts.length > 1}
          onEdit={(patch) => edit(i, patch)}
          onRemove={() => commit(drafts.filter((_, j) => j !== i))}
        />
      ))}
      <Button
        size="small"
        onClick={() =>
          commit([...drafts, { label: "", from: "", fromInclusive: true, to: "", toInclusive: false }])
        }
      >
        {t.bandAdd}
      </Button>
      <ScaleStatus valid={valid} problems={problems} />
    </div>
  );
}
