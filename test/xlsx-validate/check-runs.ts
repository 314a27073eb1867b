/**
 * Runs the file mode (read, compute, write the columns and the Tabel 3.x) on workbooks and checks
 * what it wrote: the XML parts it added or changed against the schemas (one xmllint batch for all
 * workbooks), the package rules on the whole output, and optionally a second run on the output.
 */
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import {
  changedXmlParts,
  packageProblems,
  partText,
  readParts,
  validateParts,
  type XmlPart,
} from "../helpers/ooxml-validate";

export interface Case {
  label: string;
  input: () => Promise<Buffer>;
}

export interface Checked {
  label: string;
  /** the written copy, or null when the run wrote nothing */
  output: Buffer | null;
  /** why nothing was written (refusals or the exception) */
  notWritten: string;
  /** the XML parts the run added or changed */
  changed: string[];
  /** "part: message" for each failing part; empty when the schemas were not there */
  schema: string[];
  /** the package rules the whole output breaks */
  problems: string[];
  /** the second run: null when not asked for */
  rerun: { output: Buffer | null; schema: string[]; problems: string[] } | null;
}

export async function runFileMode(input: Buffer): Promise<{ output: Buffer | null; notWritten: string }> {
  let output: Buffer | null = null;
  try {
    const outcome = await runCapaian(
      createXlsxGateway({
        input,
        onOutput: (b) => {
          output = b;
        },
      }),
    );
    return { output, notWritten: output ? "" : JSON.stringify(outcome.ok ? "no output" : outcome.refusals) };
  } catch (e) {
    return { output: null, notWritten: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

interface Pending {
  checked: Checked;
  parts: XmlPart[];
  rerunParts: XmlPart[];
}

/** One case: run, compare with the input, apply the package rules; rerun on the output if asked. */
async function checkOne(c: Case, rerun: boolean): Promise<Pending> {
  const input = await c.input();
  const first = await runFileMode(input);
  const checked: Checked = { label: c.label, ...first, changed: [], schema: [], problems: [], rerun: null };
  const p: Pending = { checked, parts: [], rerunParts: [] };
  if (!first.output) return p;
  try {
    const before = await readParts(input);
    const after = await readParts(first.output);
    checked.changed = changedXmlParts(before, after);
    p.parts = checked.changed.map((name) => ({ name: `${c.label}|${name}`, xml: partText(after, name) }));
    checked.problems = packageProblems(after);
    if (!rerun) return p;
    const second = await runFileMode(first.output);
    checked.rerun = { output: second.output, schema: [], problems: [second.notWritten].filter(Boolean) };
    if (!second.output) return p;
    const again = await readParts(second.output);
    // parts the writer touched in either run, measured from the user's original
    p.rerunParts = changedXmlParts(before, again).map((name) => ({
      name: `${c.label}|rerun|${name}`,
      xml: partText(again, name),
    }));
    checked.rerun.problems.push(...packageProblems(again));
  } catch (e) {
    // an output the checks cannot even read (not a zip, not well-formed XML) is a finding of its own
    checked.problems.push(`cannot be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
  return p;
}

/** Every case run (and rerun if asked), every changed part of every output in one schema batch. */
export async function checkRuns(
  cases: Case[],
  entry: string | null,
  rerun = false,
): Promise<Map<string, Checked>> {
  const pending: Pending[] = [];
  for (const c of cases) pending.push(await checkOne(c, rerun));
  if (entry) {
    const all = pending.flatMap((p) => [...p.parts, ...p.rerunParts]);
    const byCase = new Map(pending.map((p) => [p.checked.label, p.checked]));
    for (const f of validateParts(entry, all)) {
      const [label = "", ...rest] = f.part.split("|");
      const c = byCase.get(label)!;
      const line = `${rest.join(" ")}: ${f.errors.join(" / ")}`;
      if (rest[0] === "rerun") c.rerun!.schema.push(line);
      else c.schema.push(line);
    }
  }
  return new Map(pending.map((p) => [p.checked.label, p.checked]));
}

/** How many parts the schema check looked at, for a suite's summary. */
export function partsChecked(results: Iterable<Checked>): number {
  let n = 0;
  for (const r of results) n += r.changed.length;
  return n;
}
