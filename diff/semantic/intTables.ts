/**
 * Hash tables keyed by small integers, held in typed arrays. The search keeps millions of
 * room classes and memoised summaries; as JavaScript `Map`s keyed by numbers past 2^31
 * (boxed doubles) with an object per entry, most of its time went to hashing boxes and
 * collecting garbage. Here a key is two or three 32-bit integers and an entry is a row of
 * typed arrays, so adding one allocates nothing until the arrays double.
 */

function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  // A 32-bit integer, not an unsigned one: above 2^31 it would be a boxed number each call. Callers mask it.
  return h ^ (h >>> 15);
}

/** A map from a pair of non-negative integers (below 2^31) to an integer. */
export class PairMap {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Int32Array(size * 2).fill(-1);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value for (x, y), or `missing` when there is none. */
  get(x: number, y: number, missing = -2147483648): number {
    const mask = this.values.length - 1;
    for (let i = mix(x, y, 0) & mask; ; i = (i + 1) & mask) {
      const kx = this.keys[i * 2] ?? -1;
      if (kx === -1) return missing;
      if (kx === x && this.keys[i * 2 + 1] === y) return this.values[i] ?? missing;
    }
  }

  set(x: number, y: number, value: number): void {
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    const mask = this.values.length - 1;
    for (let i = mix(x, y, 0) & mask; ; i = (i + 1) & mask) {
      const kx = this.keys[i * 2] ?? -1;
      if (kx === -1) {
        this.keys[i * 2] = x;
        this.keys[i * 2 + 1] = y;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (kx === x && this.keys[i * 2 + 1] === y) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(values.length * 2);
    this.count = 0;
    for (let i = 0; i < values.length; i++) {
      const kx = keys[i * 2] ?? -1;
      if (kx !== -1) this.set(kx, keys[i * 2 + 1] ?? 0, values[i] ?? 0);
    }
  }
}

/**
 * Entries keyed by three non-negative integers below 2^31, stored densely in the order
 * they were added (so a loop over the first `n` sees only entries that existed when it
 * began), each with a count, a rank and a reference held beside it.
 */
export class TripleTable<R> {
  private index: Int32Array;
  k0: Int32Array;
  k1: Int32Array;
  k2: Int32Array;
  counts: Float64Array;
  ranks: Int32Array;
  refs: R[] = [];
  length = 0;

  constructor(capacity = 256) {
    const cap = Math.max(16, capacity);
    this.index = new Int32Array(1 << Math.ceil(Math.log2(cap * 2))).fill(-1);
    this.k0 = new Int32Array(cap);
    this.k1 = new Int32Array(cap);
    this.k2 = new Int32Array(cap);
    this.counts = new Float64Array(cap);
    this.ranks = new Int32Array(cap);
  }

  /** Adds `count` rooms under the key, keeping the reference with the lower rank; returns the entry. */
  add(a: number, b: number, c: number, count: number, rank: number, ref: R): number {
    const e = this.put(a, b, c, count, rank);
    if (e >= 0) this.refs[e] = ref;
    return e >= 0 ? e : -1 - e;
  }

  /**
   * Adds `count` rooms under the key. Returns the entry when it is new or `rank` is lower
   * than its own (the caller then sets its reference), else -1 - the entry.
   */
  put(a: number, b: number, c: number, count: number, rank: number): number {
    const mask = this.index.length - 1;
    let i = mix(a, b, c) & mask;
    for (; ; i = (i + 1) & mask) {
      const e = this.index[i] ?? -1;
      if (e === -1) break;
      if (this.k0[e] === a && this.k1[e] === b && this.k2[e] === c) {
        this.counts[e] = (this.counts[e] ?? 0) + count;
        if (rank < (this.ranks[e] ?? 0)) {
          this.ranks[e] = rank;
          return e;
        }
        return -1 - e;
      }
    }
    if (this.length === this.k0.length) this.growEntries();
    const e = this.length++;
    this.k0[e] = a;
    this.k1[e] = b;
    this.k2[e] = c;
    this.counts[e] = count;
    this.ranks[e] = rank;
    this.index[i] = e;
    if (this.length * 2 > this.index.length) this.growIndex();
    return e;
  }

  private growEntries(): void {
    const cap = this.k0.length * 2;
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(old);
      return next;
    };
    this.k0 = grow(this.k0, (n) => new Int32Array(n));
    this.k1 = grow(this.k1, (n) => new Int32Array(n));
    this.k2 = grow(this.k2, (n) => new Int32Array(n));
    this.counts = grow(this.counts, (n) => new Float64Array(n));
    this.ranks = grow(this.ranks, (n) => new Int32Array(n));
  }

  private growIndex(): void {
    this.index = new Int32Array(this.index.length * 2).fill(-1);
    const mask = this.index.length - 1;
    for (let e = 0; e < this.length; e++) {
      let i = mix(this.k0[e] ?? 0, this.k1[e] ?? 0, this.k2[e] ?? 0) & mask;
      while ((this.index[i] ?? -1) !== -1) i = (i + 1) & mask;
      this.index[i] = e;
    }
  }
}

/**
 * Records of `width` 32-bit words, each given a small id the first time it is seen. A
 * record is looked up from a scratch array without allocating; only a new one is copied in.
 */
export class RecordTable {
  private index: Int32Array;
  private store: Int32Array;
  private hashes: Int32Array;
  length = 0;

  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.index = new Int32Array(1 << Math.ceil(Math.log2(capacity * 2))).fill(-1);
    this.store = new Int32Array(capacity * width);
    this.hashes = new Int32Array(capacity);
  }

  private hash(words: Int32Array, at: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.width; i++) h = Math.imul(h ^ (words[at + i] ?? 0), 0x01000193);
    return h ^ (h >>> 15);
  }

  /** The id of the record in `scratch` (its first `width` words), adding it if new. */
  intern(scratch: Int32Array): number {
    const w = this.width;
    const h = this.hash(scratch, 0);
    const mask = this.index.length - 1;
    let i = h & mask;
    for (; ; i = (i + 1) & mask) {
      const id = this.index[i] ?? -1;
      if (id === -1) break;
      if (this.hashes[id] !== h) continue;
      let same = true;
      for (let k = 0; k < w; k++) {
        if (this.store[id * w + k] !== scratch[k]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    if ((this.length + 1) * w > this.store.length) {
      const store = new Int32Array(this.store.length * 2);
      store.set(this.store);
      this.store = store;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const id = this.length++;
    for (let k = 0; k < w; k++) this.store[id * w + k] = scratch[k] ?? 0;
    this.hashes[id] = h;
    this.index[i] = id;
    if (this.length * 2 > this.index.length) this.growIndex();
    return id;
  }

  /** Copies record `id` into `into`. */
  read(id: number, into: Int32Array): Int32Array {
    const w = this.width;
    for (let k = 0; k < w; k++) into[k] = this.store[id * w + k] ?? 0;
    return into;
  }

  word(id: number, k: number): number {
    return this.store[id * this.width + k] ?? 0;
  }

  private growIndex(): void {
    this.index = new Int32Array(this.index.length * 2).fill(-1);
    const mask = this.index.length - 1;
    for (let id = 0; id < this.length; id++) {
      let i = (this.hashes[id] ?? 0) & mask;
      while ((this.index[i] ?? -1) !== -1) i = (i + 1) & mask;
      this.index[i] = id;
    }
  }
}

/**
 * Rows of integers of one width, held end to end in one array that doubles as it fills: a
 * row is its offset. The search works out a row for each summary it meets in a step, many
 * thousands of short rows; as an Int32Array each, every one was an allocation of its own
 * outside the heap, and collecting them took a tenth of the search.
 */
export class RowStore {
  data: Int32Array;
  private used = 0;

  constructor(readonly width: number) {
    this.data = new Int32Array(Math.max(1, width * 64));
  }

  /** How many rows have been added. */
  get rows(): number {
    return this.width === 0 ? 0 : this.used / this.width;
  }

  /** A new row (its entries are zero): the offset of its first entry. Reread `data` after adding: it may have moved. */
  add(): number {
    if (this.used + this.width > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.used + this.width));
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.used;
    this.used += this.width;
    return at;
  }
}
