/**
 * Microsoft's own Office.js client library (the Excel on the web build) run under jsdom, with its
 * request executor replaced by a recorder: every `context.sync()` builds the JSON body the library
 * would send to Excel, the recorder measures it (UTF-8 bytes of the body as sent), and then answers
 * it by replaying the request's object paths and actions on the strict fake, so loads resolve from
 * the fake's workbook and the gateway runs as it would against Excel. No network is involved.
 *
 * The seam: `new Excel.RequestContext(resolver)` accepts an object with
 * `_resolveRequestUrlAndHeaderInfo()`; when that object also has `_createRequestExecutorOrNull()`,
 * the context sends every request through the executor it returns (`executeAsync(customData,
 * flags, message)` → `{ Body: { Results: [{ ActionId, Value }] } }`).
 *
 * The bundled library predates Worksheet.notes (ExcelApi 1.18): the recorder reports ExcelApi up
 * to 1.17, so the gateway leaves notes out, as it does on any Excel without them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import type { ExcelRun } from "../../src/excel/types";
import { FakeRequestContext, type WB } from "../../src/excel/fake/base";
import { FakeRange, type RangeTarget } from "../../src/excel/fake/range";
import type { FakeExcel } from "../../src/excel/fake/excel";
import { FakeOfficeError } from "../../src/excel/fake/errors";
import { FakeWorkbookObj } from "../../src/excel/fake/workbook";

const LIBRARY = join(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");
/** The newest ExcelApi the bundled library implements everything the gateway uses of. */
export const RECORDER_API_MINOR = 17;

export interface RecordedRequest {
  /** UTF-8 length of the JSON body Office.js would send */
  bytes: number;
  actions: number;
  objectPaths: number;
  /** true when the request carries a change (SetProperty or a method call) */
  write: boolean;
  /** the fake's own estimate of the same request */
  fakeBytes: number;
}

export interface OfficeRecorder {
  run: ExcelRun;
  isSetSupported(name: string, version?: string): boolean;
  requests: RecordedRequest[];
  /** kept bodies (only when `keepBodies`), for a look at what is sent */
  bodies: RequestBody[];
}

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}
interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, PathInfo>;
}

// The fake's proxies are dynamically shaped (any member may be a method or a nested object).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a dynamic walk over the fake's proxies
type Dyn = any;

interface OfficeWindow {
  Excel: {
    RequestContext: new (resolver: unknown) => Excel.RequestContext;
    run<T>(ctx: Excel.RequestContext, batch: (c: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
}

let loaded: OfficeWindow | undefined;

/** Loads the library once per process (about 60 ms). */
export function officeWindow(): OfficeWindow {
  if (loaded) return loaded;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(LIBRARY, "utf8"));
  loaded = dom.window as unknown as OfficeWindow;
  return loaded;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** An object path the library has turned into a null object (ObjectPathType 7). */
const NULL_OBJECT = Object.freeze({ _isNull: true });

/** One Excel.run: the object paths the library has used so far, as fake proxies. */
class Replay {
  readonly fakeCtx: FakeRequestContext;
  private readonly infos = new Map<number, PathInfo>();
  private readonly objects = new Map<number, Dyn>();

  constructor(fake: FakeExcel) {
    this.fakeCtx = new FakeRequestContext(fake);
    this.fakeCtx.workbook = new FakeWorkbookObj(this.fakeCtx);
  }

  args(info: ArgumentInfo | undefined): unknown[] {
    const list = info?.Arguments ?? [];
    return list.map((a, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return typeof ref === "number" && ref > 0 ? this.resolve(ref) : a;
    });
  }

  resolve(id: number): Dyn {
    if (this.objects.has(id)) return this.objects.get(id);
    const info = this.infos.get(id);
    if (!info) throw new Error(`Object path ${id} was never sent`);
    const parent = info.ParentObjectPathId ? this.resolve(info.ParentObjectPathId) : undefined;
    let obj: Dyn;
    if (info.ObjectPathType === 7) obj = NULL_OBJECT;
    else if (info.ObjectPathType === 1) obj = this.fakeCtx.workbook;
    else if (info.ObjectPathType === 4) obj = parent[lower(info.Name)];
    else if (info.ObjectPathType === 3 && LIBRARY_SPLIT.has(info.Name))
      obj = splitRange(this.fakeCtx, info, parent, this.args(info.ArgumentInfo));
    else if (info.ObjectPathType === 3) obj = parent[lower(info.Name)](...this.args(info.ArgumentInfo));
    else if (info.ObjectPathType === 5) obj = parent.getItem(...this.args(info.ArgumentInfo));
    else throw new Error(`The recorder does not replay object path type ${info.ObjectPathType}`);
    this.objects.set(id, obj);
    return obj;
  }

  /** Queues the request on the fake; returns how to read each action's result after the sync. */
  queue(body: RequestBody): Map<number, () => unknown> {
    for (const [id, info] of Object.entries(body.ObjectPaths)) this.infos.set(Number(id), info);
    const results = new Map<number, () => unknown>();
    for (const action of body.Actions) {
      const target = this.resolve(action.ObjectPathId);
      if (target === NULL_OBJECT) {
        // A path the library already knows to be a null object: loads answer null, changes fail.
        if (action.ActionType === 1 || action.ActionType === 2) results.set(action.Id, () => null);
        else if (action.ActionType === 4 || !action.Name.startsWith("_"))
          throw new FakeOfficeError("InvalidObjectPath", `${action.Name} on a null object`);
        continue;
      }
      if (action.ActionType === 1) {
        const obj = this.resolve(action.ObjectPathId);
        results.set(action.Id, () => (obj._isNull ? null : {}));
      } else if (action.ActionType === 2) {
        const obj = this.resolve(action.ObjectPathId);
        const select = action.QueryInfo?.Select;
        const isCollection = typeof obj._listItems === "function";
        if (select) obj.load(isCollection ? select.map((s) => `items/${s}`) : select);
        else obj.load();
        results.set(action.Id, () => queryValue(obj, select));
      } else if (action.ActionType === 3 && !action.Name.startsWith("_")) {
        // "_KeepReference" and other underscore methods are the library's own bookkeeping.
        const obj = this.resolve(action.ObjectPathId);
        if (typeof obj[lower(action.Name)] !== "function")
          throw new Error(`recorder: ${obj._typeName}.${action.Name} is not a method of the fake`);
        const out: Dyn = obj[lower(action.Name)](...this.args(action.ArgumentInfo));
        if (out && typeof out === "object" && "_set" in out) results.set(action.Id, () => out.value);
      } else if (action.ActionType === 4) {
        const obj = this.resolve(action.ObjectPathId);
        obj[lower(action.Name)] = this.args(action.ArgumentInfo)[0];
      }
    }
    return results;
  }
}

/**
 * Office.js itself splits a 2-D property set of more than 1,500 cells into row slices
 * (`range.getRow(i).getBoundingRect(range.getRow(j))`, setRangePropertiesInBulk); the fake has
 * no getRow, so the recorder builds those slices as fake ranges here.
 */
const LIBRARY_SPLIT = new Set(["GetRow", "GetBoundingRect"]);

function splitRange(ctx: FakeRequestContext, info: PathInfo, parent: Dyn, args: unknown[]): Dyn {
  const path = `${parent._path}.${lower(info.Name)}(${info.Id})`;
  const resolve =
    info.Name === "GetRow"
      ? (wb: WB): RangeTarget | null => {
          const t = parent._resolveFn(wb) as RangeTarget | null;
          if (!t) return null;
          const row = t.block.row + (args[0] as number);
          return { sheet: t.sheet, block: { ...t.block, row, rowCount: 1 } };
        }
      : (wb: WB): RangeTarget | null => {
          const a = parent._resolveFn(wb) as RangeTarget | null;
          const b = (args[0] as Dyn)._resolveFn(wb) as RangeTarget | null;
          if (!a || !b) return null;
          const row = Math.min(a.block.row, b.block.row);
          const col = Math.min(a.block.col, b.block.col);
          const rowEnd = Math.max(a.block.row + a.block.rowCount, b.block.row + b.block.rowCount);
          const colEnd = Math.max(a.block.col + a.block.colCount, b.block.col + b.block.colCount);
          return { sheet: a.sheet, block: { row, col, rowCount: rowEnd - row, colCount: colEnd - col } };
        };
  return new FakeRange(ctx, path, resolve, false);
}

/** A loaded object as Excel sends it: PascalCase keys, collections under `_Items`. */
function queryValue(obj: Dyn, select: string[] | undefined): unknown {
  if (obj._isNull) return null;
  if (typeof obj._listItems === "function")
    return { _Items: (obj.items as Dyn[]).map((item) => itemValue(item, select)) };
  return pick(obj, select ?? Object.keys(obj._scalars()));
}

function itemValue(item: Dyn, select: string[] | undefined): unknown {
  const value = pick(item, select ?? Object.keys(item._scalars())) as Record<string, unknown>;
  // A name lets the library address the item by it later (Indexer path), as Excel's ids do.
  const name = item._loaded?.get("name");
  if (typeof name === "string") value._Id = name;
  return value;
}

function pick(obj: Dyn, paths: string[]): unknown {
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    if (!head) continue;
    if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    else out[upper(head)] = obj[head];
  }
  for (const [head, sub] of nested) {
    const child = obj[head];
    if (typeof child?._listItems === "function")
      out[upper(head)] = queryValue(
        child,
        sub.map((s) => s.replace(/^items\//, "")),
      );
    else out[upper(head)] = child?._isNull ? null : pick(child, sub);
  }
  return out;
}

function isWrite(body: RequestBody): boolean {
  return body.Actions.some((a) => a.ActionType === 4 || (a.ActionType === 3 && !/^(_|Get)/.test(a.Name)));
}

export interface RecorderOptions {
  /** reject a request over this many bytes, as Excel on the web does (default: record only) */
  maxRequestBytes?: number;
  keepBodies?: boolean;
}

/** A recorder that answers from `fake` (its request limit is lifted: the recorder measures). */
export function createOfficeRecorder(fake: FakeExcel, options: RecorderOptions = {}): OfficeRecorder {
  const win = officeWindow();
  (fake as { maxRequestBytes: number }).maxRequestBytes = Number.MAX_SAFE_INTEGER;
  const requests: RecordedRequest[] = [];
  const bodies: RequestBody[] = [];

  const executor = (replay: Replay) => ({
    async executeAsync(_custom: unknown, _flags: number, message: { Body: RequestBody }) {
      const body = message.Body;
      const text = JSON.stringify(body);
      const bytes = utf8Bytes(text);
      // a copy: the library updates its object paths after the response
      if (options.keepBodies) bodies.push(JSON.parse(text) as RequestBody);
      const before = fake.stats.requestBytes.length;
      const record: RecordedRequest = {
        bytes,
        actions: body.Actions.length,
        objectPaths: Object.keys(body.ObjectPaths).length,
        write: isWrite(body),
        fakeBytes: 0,
      };
      requests.push(record);
      if (options.maxRequestBytes && bytes > options.maxRequestBytes)
        return failure(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${bytes}) is over the limit.`,
        );
      try {
        const results = replay.queue(body);
        await replay.fakeCtx.sync();
        record.fakeBytes = fake.stats.requestBytes[before] ?? 0;
        const out = [...results].map(([ActionId, read]) => ({ ActionId, Value: read() }));
        return {
          HttpStatusCode: 200,
          ErrorCode: null,
          ErrorMessage: null,
          Headers: {},
          Body: { Results: out },
        };
      } catch (e) {
        record.fakeBytes = fake.stats.requestBytes[before] ?? 0;
        replay.fakeCtx._ops = [];
        if (process.env.RECORDER_DEBUG) console.error("recorder:", e);
        if (e instanceof FakeOfficeError) return failure(e.code, e.message);
        throw e;
      }
    },
  });

  const run: ExcelRun = async (batch) => {
    const replay = new Replay(fake);
    const resolver = {
      _resolveRequestUrlAndHeaderInfo: () =>
        Promise.resolve({ url: "https://recorder.invalid", headers: {} }),
      _createRequestExecutorOrNull: () => executor(replay),
    };
    const ctx = new win.Excel.RequestContext(resolver);
    return win.Excel.run(ctx, batch);
  };

  return {
    run,
    requests,
    bodies,
    isSetSupported: (name, version) =>
      name === "ExcelApi" && Number(/^1\.(\d+)$/.exec(version ?? "1.1")?.[1] ?? 99) <= RECORDER_API_MINOR,
  };
}

function failure(code: string, message: string) {
  return {
    HttpStatusCode: 400,
    ErrorCode: null,
    ErrorMessage: null,
    Headers: {},
    Body: { Error: { Code: code, Message: message, HttpStatusCode: 400, ActionIndex: -1 } },
  };
}

/** Sum, largest and count of a list of recorded requests. */
export function summarise(list: RecordedRequest[]) {
  return {
    syncs: list.length,
    writeSyncs: list.filter((r) => r.write).length,
    largest: Math.max(0, ...list.map((r) => r.bytes)),
    total: list.reduce((n, r) => n + r.bytes, 0),
    fakeLargest: Math.max(0, ...list.map((r) => r.fakeBytes)),
    fakeTotal: list.reduce((n, r) => n + r.fakeBytes, 0),
  };
}
