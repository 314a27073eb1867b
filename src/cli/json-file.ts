/**
 * A JSON report written to its file in pieces, as `JSON.stringify(value, null, 2)` would write it.
 * At 100,000 indicators the report is 81 MB of text: made as one string and then one buffer it was
 * the command's peak memory (2.05 GB RSS while saving, against 1.93 GB at the end of the write);
 * here no piece is larger than one element of a top-level list.
 */
import { open } from "node:fs/promises";

const INDENT = "  ";
/** bytes gathered before a write: few system calls, little held */
const FLUSH_AT = 1 << 20;

/** A value's JSON as it stands `depth` levels deep in an indented document. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, INDENT.length);
  return depth === 0 ? text : text.replaceAll("\n", `\n${INDENT.repeat(depth)}`);
}

/** The top-level fields JSON.stringify would write: undefined, functions and symbols are left out. */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/** The pieces of an object's indented JSON; its arrays are written one element at a time. */
export function* jsonPieces(object: Record<string, unknown>): Generator<string> {
  const fields = Object.entries(object).filter(([, v]) => written(v));
  if (fields.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (let f = 0; f < fields.length; f++) {
    const [key, value] = fields[f]!;
    yield `\n${INDENT}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      const inner = `\n${INDENT.repeat(2)}`;
      for (let i = 0; i < value.length; i++) {
        // An element JSON.stringify leaves out of an object is null in an array.
        const el: unknown = written(value[i]) ? value[i] : null;
        yield `${i === 0 ? "[" : ","}${inner}${nested(el, 2)}`;
      }
      yield `\n${INDENT}]`;
    } else yield nested(value, 1);
    if (f < fields.length - 1) yield ",";
  }
  yield "\n}";
}

/** Writes `object` as indented JSON and a final line break to `target`, a megabyte at a time. */
export async function writeJsonFile(target: string, object: Record<string, unknown>): Promise<void> {
  const file = await open(target, "w");
  try {
    let held: string[] = [];
    let size = 0;
    for (const piece of jsonPieces(object)) {
      held.push(piece);
      size += piece.length;
      if (size < FLUSH_AT) continue;
      await file.write(held.join(""));
      held = [];
      size = 0;
    }
    held.push("\n");
    await file.write(held.join(""));
  } finally {
    await file.close();
  }
}
