/** A failure the pane explains by its code (messages are looked up by `kode`, never by text). */
export class Gagal<K extends string> extends Error {
  readonly kode: K;
  override readonly cause: unknown;

  constructor(name: string, kode: K, cause?: unknown) {
    super(kode);
    this.name = name;
    this.kode = kode;
    this.cause = cause;
  }
}
