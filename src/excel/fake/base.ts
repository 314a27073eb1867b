/**
 * The proxy machinery of the strict fake: objects queue loads and writes on their request
 * context; nothing reaches the document or comes back before `context.sync()`. Reading a scalar
 * property that was not loaded throws PropertyNotLoaded, as Office.js does, and touching a
 * member the fake does not model throws FakeNotImplemented instead of quietly returning undefined.
 */
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import { countResponse } from "./limits";
import { WireModel, type WireExtras } from "./wire";
import type { FakeSheetState, FakeWorkbookState } from "./state";

export type WB = FakeWorkbookState;

export interface QueuedOp {
  kind: "read" | "write";
  /** JSON size of the request entry, for the payload limit */
  bytes: number;
  /** runs inside sync; `commits` run only if the whole batch succeeds (loaded values reach the proxies) */
  exec(wb: WB, commits: (() => void)[]): void;
}

/** What a context needs from the fake workbook that owns it. */
export interface FakeHost {
  readonly state: WB;
  readonly apiMinor: number;
  readonly nullPropagation: boolean;
  runSync(ops: QueuedOp[]): Promise<void>;
}

export class FakeRequestContext {
  readonly _host: FakeHost;
  _ops: QueuedOp[] = [];
  // Assigned by the workbook module to avoid a circular import at load time.
  workbook!: unknown;

  constructor(host: FakeHost) {
    this._host = host;
  }

  _queue(op: QueuedOp): void {
    this._ops.push(op);
  }

  /** what Office.js would put on the wire for the commands queued since the last sync */
  readonly _wire = new WireModel();

  async sync(): Promise<void> {
    const ops = this._ops;
    this._ops = [];
    this._wire.reset();
    await this._host.runSync(ops);
  }
}

export interface ScalarSpec<T> {
  get(t: T, wb: WB): unknown;
  set?(t: T, value: unknown, wb: WB): void;
  /** ExcelApi 1.x minor version that introduced the property */
  since?: number;
}

/** Keys that jest, JSON and promise machinery probe on any object; answering undefined is harmless. */
const PROBED = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "$$typeof",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
]);

export function bytesOf(entry: unknown): number {
  return JSON.stringify(entry).length;
}

function splitPaths(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.map((s) => String(s).trim()).filter(Boolean);
  if (typeof spec === "object" && spec !== null && "select" in spec)
    return splitPaths((spec as { select?: unknown }).select);
  throw new FakeOfficeError("FakeNotImplemented", "The fake Excel supports load(string | string[]) only.");
}

/** Clones loaded data so later writes never show through an earlier load. */
function snapshotValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snapshotValue);
  if (v && typeof v === "object") return JSON.parse(JSON.stringify(v));
  return v;
}

let serials = 0;

export abstract class FakeObject<T> {
  abstract readonly _typeName: string;
  /** which object this is, for the wire model (every Office.js object has its own path) */
  readonly _serial = ++serials;
  readonly _ctx: FakeRequestContext;
  readonly _resolveFn: (wb: WB) => T | null;
  readonly _nullable: boolean;
  readonly _path: string;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  _navCache = new Map<string, FakeObject<unknown>>();

  constructor(ctx: FakeRequestContext, path: string, resolve: (wb: WB) => T | null, nullable: boolean) {
    this._ctx = ctx;
    this._path = path;
    this._resolveFn = resolve;
    this._nullable = nullable;
    ctx._wire.register(path, this._serial);
    const proxy = new Proxy(this, HANDLER) as this;
    if (nullable) {
      // An *OrNullObject result learns whether it exists at the next sync, as in Office.js.
      ctx._queue({
        kind: "read",
        bytes: ctx._wire.pathBytes(path, false, this._serial),
        exec: (wb, commits) => {
          const t = this._resolveSafe(wb);
          commits.push(() => {
            this._isNull = t === null;
          });
        },
      });
    }
    return proxy;
  }

  /** The object paths this command brings into the request (see wire.ts). */
  _wireBytes(): number {
    const isRange = this._typeName === "Range" || this._typeName === "RangeAreas";
    return this._ctx._wire.pathBytes(this._path, isRange, this._serial);
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  _scalars(): Record<string, ScalarSpec<T>> {
    return {};
  }

  /** Navigation properties (format, protection, charts ...); undefined when the key is not one. */
  _makeNav(_key: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  _nav(key: string): FakeObject<unknown> | undefined {
    const cached = this._navCache.get(key);
    if (cached) return cached;
    const made = this._makeNav(key);
    if (made) this._navCache.set(key, made);
    return made;
  }

  /** Resolves for a read: a null object stays null (it was asked for with *OrNullObject). */
  _resolveSafe(wb: WB): T | null {
    return this._resolveFn(wb);
  }

  /** Resolves for a write or method call: a null object cannot be changed. */
  _target(wb: WB, member: string): T {
    const t = this._resolveFn(wb);
    if (t === null)
      throw new FakeOfficeError(
        "InvalidArgument",
        `${this._typeName}.${member}: the object does not exist (null object).`,
        `${this._typeName}.${member}`,
      );
    return t;
  }

  /** The sheet a write lands on, for protection checks; undefined for workbook-level objects. */
  _sheetOf(_t: T): FakeSheetState | undefined {
    return undefined;
  }

  /** A resolver for a child object, with Office's null-object propagation (or InvalidObjectPath). */
  _derive<U>(fn: (parent: T, wb: WB) => U | null): (wb: WB) => U | null {
    return (wb) => {
      const p = this._resolveFn(wb);
      if (p === null) {
        if (!this._ctx._host.nullPropagation)
          throw new FakeOfficeError(
            "InvalidObjectPath",
            `${this._path}: used a null object in the same batch.`,
          );
        return null;
      }
      return fn(p, wb);
    };
  }

  _requires(minor: number, member: string): void {
    if (this._ctx._host.apiMinor < minor)
      throw new FakeOfficeError(
        "ApiNotFound",
        `${this._typeName}.${member} needs ExcelApi 1.${minor}; this Excel has 1.${this._ctx._host.apiMinor}.`,
      );
  }

  /** Queues a change; it runs at the next sync, in order with everything else queued. */
  _write(member: string, args: unknown, apply: (t: T, wb: WB) => void, wire: WireExtras = {}): void {
    // a method returning an object is that object's path (its Instantiate makes the call)
    const call = wire.made ? wire.made._wireBytes() : this._ctx._wire.actionBytes(member, args);
    const refs = (wire.refs ?? []).reduce((n, o) => n + o._wireBytes(), 0);
    this._ctx._queue({
      kind: "write",
      bytes: this._wireBytes() + refs + call,
      exec: (wb) => {
        const t = this._target(wb, member);
        const sheet = this._sheetOf(t);
        if (sheet?.protected)
          throw new FakeOfficeError(
            "AccessDenied",
            `Sheet '${sheet.name}' is protected.`,
            `${this._typeName}.${member}`,
          );
        apply(t, wb);
      },
    });
  }

  load(spec?: unknown): this {
    const paths = splitPaths(spec);
    this._ctx._queue({
      kind: "read",
      bytes: this._wireBytes() + this._ctx._wire.actionBytes("", { Select: paths }),
      exec: (wb, commits) => this._loadNow(wb, paths, commits),
    });
    return this;
  }

  _loadNow(wb: WB, paths: string[], commits: (() => void)[]): void {
    const t = this._resolveSafe(wb);
    if (t === null) {
      commits.push(() => {
        this._isNull = true;
      });
      return;
    }
    commits.push(() => {
      this._isNull = false;
    });
    const scalars = this._scalars();
    const direct = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const path of paths.length ? paths : Object.keys(scalars)) {
      const [head, ...rest] = path.split("/");
      if (!head) continue;
      if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else direct.add(head);
    }
    for (const key of direct) {
      const spec = scalars[key];
      if (spec) {
        if (spec.since && this._ctx._host.apiMinor < spec.since) this._requires(spec.since, key);
        const value = snapshotValue(spec.get(t, wb));
        countResponse(wb, key, value);
        commits.push(() => this._loaded.set(key, value));
      } else if (this._nav(key)) {
        // load("format") loads the navigation object's scalars, as Office.js does.
        this._nav(key)!._loadNow(wb, [], commits);
      } else {
        throw new FakeOfficeError(
          "FakeNotImplemented",
          `The fake Excel cannot load ${this._typeName}.${key}.`,
        );
      }
    }
    for (const [key, sub] of nested) {
      const child = this._nav(key);
      if (!child)
        throw new FakeOfficeError(
          "FakeNotImplemented",
          `The fake Excel cannot load ${this._typeName}.${key}.`,
        );
      child._loadNow(wb, sub, commits);
    }
  }
}

/** A collection: `items` is available only after load + sync, like any other property. */
export abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  _items: I[] | undefined = undefined;

  abstract _listItems(t: T, wb: WB): I[];

  override _loadNow(wb: WB, paths: string[], commits: (() => void)[]): void {
    const t = this._resolveSafe(wb);
    if (t === null) {
      commits.push(() => {
        this._isNull = true;
        this._items = [];
      });
      return;
    }
    const items = this._listItems(t, wb);
    const itemPaths = paths
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter(Boolean);
    for (const item of items) item._loadNow(wb, itemPaths, commits);
    commits.push(() => {
      this._isNull = false;
      this._items = items;
    });
  }
}

export class FakeClientResult<V> {
  _value: V | undefined = undefined;
  _set = false;

  get value(): V {
    if (!this._set) throw propertyNotLoaded("ClientResult", "value");
    return this._value as V;
  }
}

export function queueResult<T, V>(
  obj: FakeObject<T>,
  member: string,
  compute: (t: T, wb: WB) => V,
): FakeClientResult<V> {
  const result = new FakeClientResult<V>();
  obj._ctx._queue({
    kind: "read",
    bytes: obj._wireBytes() + obj._ctx._wire.actionBytes(member, []),
    exec: (wb, commits) => {
      const v = compute(obj._target(wb, member), wb);
      commits.push(() => {
        result._value = v;
        result._set = true;
      });
    },
  });
  return result;
}

// The handler works on any FakeObject; `unknown` generics keep it one shared instance.
type AnyFake = FakeObject<unknown> & { _items?: unknown[] };

const HANDLER: ProxyHandler<AnyFake> = {
  get(target, key, receiver) {
    if (typeof key === "symbol") return Reflect.get(target, key, receiver);
    if (key === "isNullObject") {
      if (target._isNull === undefined) throw propertyNotLoaded(target._typeName, key);
      return target._isNull;
    }
    if (key === "items" && "_items" in target) {
      if (target._items === undefined) throw propertyNotLoaded(target._typeName, key);
      return target._items;
    }
    const spec = target._scalars()[key];
    if (spec) {
      if (spec.since) target._requires(spec.since, key);
      if (target._isNull) return undefined;
      if (!target._loaded.has(key)) throw propertyNotLoaded(target._typeName, key);
      return target._loaded.get(key);
    }
    if (key.startsWith("_") || key in target) return Reflect.get(target, key, receiver);
    const nav = target._nav(key);
    if (nav) return nav;
    if (PROBED.has(key)) return undefined;
    throw new FakeOfficeError(
      "FakeNotImplemented",
      `The fake Excel does not model ${target._typeName}.${key}.`,
    );
  },
  set(target, key, value, receiver) {
    if (typeof key === "symbol" || key.startsWith("_")) return Reflect.set(target, key, value, receiver);
    const spec = target._scalars()[key];
    if (!spec)
      throw new FakeOfficeError(
        "FakeNotImplemented",
        `The fake Excel cannot set ${target._typeName}.${key}.`,
      );
    if (spec.since) target._requires(spec.since, key);
    const setter = spec.set;
    if (!setter)
      throw new FakeOfficeError(
        "InvalidArgument",
        `Cannot set the read-only property ${target._typeName}.${key}.`,
        `${target._typeName}.${key}`,
      );
    const copy = snapshotValue(value);
    target._write(key, copy, (t, wb) => setter(t, copy, wb));
    return true;
  },
};
