/** Pengaturan: everything a run may be told, stored in the workbook by the run (RunOptions.settings). */
import {
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { tahunLaporan } from "../../engine/compute";
import type { ReadResult } from "../../engine/mapping";
import { tahunTersedia } from "../../engine/tahun";
import { Polaritas } from "../../engine/model";
import { AgregasiTriwulan, type Settings } from "../../engine/settings";
import { useStrings } from "../i18n";
import { ScaleEditor } from "./ScaleEditor";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

const AUTO = "otomatis";

export interface SettingsSectionProps {
  read: ReadResult | null;
  settings: Settings;
  onChange(update: (s: Settings) => Settings): void;
  onScaleValidityChange(valid: boolean): void;
}

export function SettingsSection({ read, settings, onChange, onScaleValidityChange }: SettingsSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  const efisiensiText = {
    selisih: t.efisiensiSelisih,
    sisa: t.efisiensiSisa,
    rasio: t.efisiensiRasio,
  };

  return (
    <div className={styles.stack}>
      <TahunField read={read} settings={settings} onChange={onChange} />
      <PolaritasFields read={read} settings={settings} onChange={onChange} />

      <ScaleEditor
        value={settings.skala}
        onChange={(skala) => onChange((s) => ({ ...s, skala }))}
        onValidityChange={onScaleValidityChange}
      />

      <Field label={t.turunLabel}>
        <RadioGroup
          value={settings.turun}
          onChange={(_, d) => onChange((s) => ({ ...s, turun: d.value as Settings["turun"] }))}
        >
          <Radio value="cermin" label={t.turunCermin} />
          <Radio value="rasio" label={t.turunRasio} />
        </RadioGroup>
      </Field>

      <Field label={t.efisiensiLabel}>
        <Dropdown
          value={efisiensiText[settings.efisiensi.konvensi]}
          selectedOptions={[settings.efisiensi.konvensi]}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            onChange((s) => ({
              ...s,
              efisiensi: { ...s.efisiensi, konvensi: d.optionValue as Settings["efisiensi"]["konvensi"] },
            }))
          }
        >
          {(["selisih", "sisa", "rasio"] as const).map((k) => (
            <Option key={k} value={k}>
              {efisiensiText[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <AgregasiDefaultField settings={settings} onChange={onChange} />

      <Field label={t.desimalLabel}>
        <SpinButton
          min={0}
          max={6}
          value={settings.desimal}
          onChange={(_, d) => {
            const raw = d.value ?? (d.displayValue !== undefined ? Number(d.displayValue) : NaN);
            if (Number.isInteger(raw) && raw >= 0 && raw <= 6) onChange((s) => ({ ...s, desimal: raw }));
          }}
        />
      </Field>

      <CetakFields settings={settings} onChange={onChange} />
    </div>
  );
}

/** Paper of the Tabel 3.x sheets, and whether the run writes the Temuan sheet. */
function CetakFields({ settings, onChange }: Pick<SettingsSectionProps, "settings" | "onChange">) {
  const t = useStrings();
  return (
    <>
      <Field label={t.kertasLabel}>
        <RadioGroup
          layout="horizontal"
          value={settings.kertas}
          onChange={(_, d) => onChange((s) => ({ ...s, kertas: d.value as Settings["kertas"] }))}
        >
          <Radio value="A4" label="A4" />
          <Radio value="F4" label="F4" />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={settings.lembarTemuan}
        label={t.lembarTemuanLabel}
        onChange={(_, d) => onChange((s) => ({ ...s, lembarTemuan: d.checked === true }))}
      />
    </>
  );
}

/**
 * The reporting year: Otomatis names the year it stands for now (the engine's own choice), so the
 * dropdown never says one year and the status another; only years some table holds are offered.
 */
function TahunField({ read, settings, onChange }: Omit<SettingsSectionProps, "onScaleValidityChange">) {
  const t = useStrings();
  const years = useMemo(() => (read ? tahunTersedia(read.indicators) : []), [read]);
  const autoYear = useMemo(() => (read ? tahunLaporan(read.indicators, {}) : 0), [read]);
  const autoText = autoYear > 0 ? t.tahunAutoYear(autoYear) : t.tahunAuto;
  const tahunText = settings.tahun === undefined ? autoText : String(settings.tahun);
  return (
    <Field label={t.tahunLabel}>
      <Dropdown
        value={tahunText}
        selectedOptions={[settings.tahun === undefined ? AUTO : String(settings.tahun)]}
        onOptionSelect={(_, d) =>
          onChange((s) => {
            const { tahun: _old, ...rest } = s;
            return d.optionValue === AUTO || !d.optionValue
              ? rest
              : { ...rest, tahun: Number(d.optionValue) };
          })
        }
      >
        <Option value={AUTO} text={autoText}>
          {autoText}
        </Option>
        {[...years].reverse().map((y) => (
          <Option key={y} value={String(y)}>
            {String(y)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The indicators whose polaritas was guessed, each with its own choice. */
function PolaritasFields({ read, settings, onChange }: Omit<SettingsSectionProps, "onScaleValidityChange">) {
  const t = useStrings();
  const styles = useStyles();
  const inferred = (read?.indicators ?? []).filter((i) => i.polaritasInferred);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t.polaritasTitle}</legend>
      {inferred.length === 0 ? (
        <Text size={200}>{t.polaritasNone}</Text>
      ) : (
        <>
          <Text size={200}>{t.polaritasHelp}</Text>
          {inferred.map((ind) => {
            const value = settings.polaritas[ind.id] ?? ind.polaritas;
            return (
              <Field key={ind.id} label={ind.indikator}>
                <Dropdown
                  value={t.polaritas[value]}
                  selectedOptions={[value]}
                  onOptionSelect={(_, d) =>
                    d.optionValue &&
                    onChange((s) => ({
                      ...s,
                      polaritas: { ...s.polaritas, [ind.id]: d.optionValue as Polaritas },
                    }))
                  }
                >
                  {Polaritas.options.map((p) => (
                    <Option key={p} value={p}>
                      {t.polaritas[p]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </>
      )}
    </fieldset>
  );
}

/** Triwulan → year for the indicators whose satuan and wording do not decide it (the engine decides the rest). */
function AgregasiDefaultField({ settings, onChange }: Pick<SettingsSectionProps, "settings" | "onChange">) {
  const t = useStrings();
  return (
    <Field label={t.agregasiDefaultLabel}>
      <Dropdown
        value={t.agregasi[settings.agregasiTriwulan]}
        selectedOptions={[settings.agregasiTriwulan]}
        onOptionSelect={(_, d) => {
          const m = AgregasiTriwulan.safeParse(d.optionValue);
          if (m.success) onChange((s) => ({ ...s, agregasiTriwulan: m.data }));
        }}
      >
        {AgregasiTriwulan.options.map((m) => (
          <Option key={m} value={m}>
            {t.agregasi[m]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
