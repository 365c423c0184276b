// RunnersQA search: queries the static index under /search/ (contract: docs/search.md). No dependencies.

// ---- Analysis (identical to the generator's) ----

/** Original Porter (1980) stemmer. Words of one or two letters are left alone. */
export function stem(w) {
  if (w.length < 3) return w;
  const cons = i => {
    const c = w[i];
    return c === 'y' ? i === 0 || !cons(i - 1) : !'aeiou'.includes(c);
  };
  // m(): the number of VC sequences in w[0..j)
  const m = j => {
    let n = 0, i = 0;
    while (i < j && cons(i)) i++;
    for (;;) {
      while (i < j && !cons(i)) i++;
      if (i >= j) return n;
      while (i < j && cons(i)) i++;
      n++;
    }
  };
  const vowelIn = j => { for (let i = 0; i < j; i++) if (!cons(i)) return true; return false; };
  const dbl = j => j > 1 && w[j - 1] === w[j - 2] && cons(j - 1);
  // cvc ending at j-1, the last consonant not w, x or y
  const cvc = j => j > 2 && cons(j - 1) && !cons(j - 2) && cons(j - 3) && !'wxy'.includes(w[j - 1]);
  const ends = s => w.endsWith(s);
  // Replaces the longest matching suffix of the list when cond(stem length) holds.
  const rules = (list, cond) => {
    for (let k = 0; k < list.length; k += 2) {
      if (ends(list[k])) {
        const j = w.length - list[k].length;
        if (cond(j)) w = w.slice(0, j) + list[k + 1];
        return;
      }
    }
  };

  // Step 1a
  if (ends('sses') || ends('ies')) w = w.slice(0, -2);
  else if (w[w.length - 1] === 's' && !ends('ss')) w = w.slice(0, -1);
  // Step 1b
  if (ends('eed')) {
    if (m(w.length - 3) > 0) w = w.slice(0, -1);
  } else {
    const s = ends('ed') ? 2 : ends('ing') ? 3 : 0;
    if (s && vowelIn(w.length - s)) {
      w = w.slice(0, -s);
      if (ends('at') || ends('bl') || ends('iz')) w += 'e';
      else if (dbl(w.length) && !'lsz'.includes(w[w.length - 1])) w = w.slice(0, -1);
      else if (m(w.length) === 1 && cvc(w.length)) w += 'e';
    }
  }
  // Step 1c
  if (ends('y') && vowelIn(w.length - 1)) w = w.slice(0, -1) + 'i';
  // Step 2 (longest suffixes first where one ends another)
  rules(['ational', 'ate', 'tional', 'tion', 'enci', 'ence', 'anci', 'ance', 'izer', 'ize', 'abli', 'able',
    'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous', 'ization', 'ize', 'ation', 'ate', 'ator', 'ate',
    'alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous', 'aliti', 'al', 'iviti', 'ive',
    'biliti', 'ble'], j => m(j) > 0);
  // Step 3
  rules(['icate', 'ic', 'ative', '', 'alize', 'al', 'iciti', 'ic', 'ical', 'ic', 'ful', '', 'ness', ''], j => m(j) > 0);
  // Step 4
  rules(['al', '', 'ance', '', 'ence', '', 'er', '', 'ic', '', 'able', '', 'ible', '', 'ant', '', 'ement', '',
    'ment', '', 'ent', '', 'ion', '', 'ou', '', 'ism', '', 'ate', '', 'iti', '', 'ous', '',
    'ive', '', 'ize', ''], j => m(j) > 1 && (!ends('ion') || 'st'.includes(w[j - 1])));
  // Step 5a
  if (ends('e')) {
    const j = w.length - 1, n = m(j);
    if (n > 1 || (n === 1 && !cvc(j))) w = w.slice(0, j);
  }
  // Step 5b
  if (ends('ll') && m(w.length) > 1) w = w.slice(0, -1);
  return w;
}

/** Steps 1-3: fold (NFKD, no combining marks, lower case, no apostrophes) and split into [a-z0-9] runs. */
export function tokens(text) {
  return String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['\u2019]/g, '').match(/[a-z0-9]+/g) || [];
}

/** Steps 1-5: the words of text that are not stop words, each with its stem. */
export function analyze(text, stopWords) {
  const stop = stopWords instanceof Set ? stopWords : new Set(stopWords || []);
  return tokens(text).filter(t => !stop.has(t)).map(word => ({ word, stem: stem(word) }));
}

/** The Damerau-Levenshtein (optimal string alignment) distance of a and b, or max + 1 when it is more than max. */
export function distance(a, b, max) {
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = null, prev = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= lb; j++) {
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[lb];
}

/** True when a and b are within one edit (an adjacent swap counts as one). */
export const near = (a, b) => distance(a, b, 1) <= 1;

// ---- Index ----

/** A stored score byte as the score it stands for (docs/search.md: exp(q / 64) - 1). */
export const unstore = q => Math.exp(q / 64) - 1;

/** A posting block's doc ids and stored scores, each a varint of the difference from the one before, then a byte. */
export function decodeBlock(bytes) {
  const ids = [], qs = [];
  for (let i = 0, id = 0; i < bytes.length;) {
    let delta = 0, shift = 0, b;
    do { b = bytes[i++]; delta |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    ids.push(id += delta);
    qs.push(bytes[i++]);
  }
  return { ids, qs };
}

const fromBase64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));

/** The index of the last shard (or shard list) whose first key is <= key (the first takes everything below). */
export function shardIndex(shards, key) {
  let lo = 0, hi = shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shards[mid][0] <= key) lo = mid; else hi = mid - 1;
  }
  return lo;
}

const pad2 = n => (n < 10 ? '0' : '') + n;
/**
 * The vocabulary's typo keys of a word for words of `length` (docs/search.md): "~p" + its first letters + length and
 * "~s" + its last letters + length, three letters for lengths from 7, two below (or two when `short`).
 */
export const typoKeys = (word, length = word.length, short = false) => {
  const n = length >= 7 && !short ? 3 : 2;
  return ['~p' + word.slice(0, n) + pad2(length), '~s' + word.slice(-n) + pad2(length)];
};

/** An index client: fetches the manifest, shards, blocks and fragments relative to manifestUrl, each once, and counts bytes. */
export function createIndex(manifestUrl, fetcher = (u, binary) => fetch(u).then(r => {
  if (!r.ok) throw new Error(r.status + ' ' + u);
  return binary ? r.arrayBuffer().then(b => new Uint8Array(b)) : r.json();
})) {
  const cache = new Map();
  // What has arrived, by URL: what `cached` reads without waiting.
  const arrived = new Map();
  const get = (url, binary) => {
    if (!cache.has(url)) {
      cache.set(url, fetcher(url, binary).then(v => { arrived.set(url, v); return v; }, e => { cache.delete(url); throw e; }));
    }
    return cache.get(url);
  };
  let loaded = null;
  const manifest = () => get(manifestUrl).then(m => {
    loaded = m;
    if (!m.stopSet) {
      m.stopSet = new Set(m.stop);
      // Each taxonomy: key, filter parameter, ref prefix, term pages' URL; its terms under its key. Longest prefix first,
      // so a ref is read as the taxonomy whose prefix it starts with (the default's is empty).
      m.taxonomyList = (m.taxonomies || []).map(([key, param, prefix, url]) =>
        ({ key, param, prefix, url, names: new Map((m[key] || []).map(([id, name]) => [id, name])) }));
      m.byPrefix = [...m.taxonomyList].sort((a, b) => b.prefix.length - a.prefix.length);
    }
    return m;
  });
  const rel = p => new URL(p, new URL(manifestUrl, typeof location !== 'undefined' ? location.href : undefined)).href;
  /** The shards whose keys may lie in [lo, hi] (at most max of them): usually one. The manifest names shard lists; a list names shards. */
  const shardsIn = async (lo, hi = lo, max = 3) => {
    const m = await manifest();
    if (!m.lists.length) return [];
    const from = shardIndex(m.lists, lo), to = Math.min(shardIndex(m.lists, hi), from + 1);
    const lists = [];
    for (let i = from; i <= to; i++) lists.push(get(rel(m.lists[i][1])));
    const shards = (await Promise.all(lists)).flat();
    const out = [];
    for (let i = shardIndex(shards, lo), end = Math.min(shardIndex(shards, hi), i + max - 1); i <= end; i++) out.push(get(rel(shards[i][1])));
    return Promise.all(out);
  };
  /** A term's entry ([count, first block, [path, count, highest]...]) or null. */
  const term = async t => {
    const [sh] = await shardsIn(t);
    return sh && own(sh.t, t) ? sh.t[t] : null;
  };
  const block = path => get(rel(path), true);
  // Fragments are in folders of `group` consecutive doc ids, each named by its own content.
  const fragment = async id => {
    const m = await manifest();
    return get(rel(m.fragments[Math.floor(id / m.group)] + id + '.json'));
  };
  /** True when the shards of every word of query are already here: the query can run without waiting for typing to pause. */
  const cached = query => {
    const m = loaded;
    if (!m || !m.lists.length) return false;
    const has = key => {
      const list = arrived.get(rel(m.lists[shardIndex(m.lists, key)][1]));
      return !!list && arrived.has(rel(list[shardIndex(list, key)][1]));
    };
    return analyze(query, m.stopSet).every(({ word, stem: s }) => has(s) && has(word));
  };
  return { manifest, shardsIn, term, block, fragment, cached };
}

const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** The taxonomy and term id of a term ref (docs/search.md), or null when the manifest declares none that holds it. */
export function termOf(manifest, ref) {
  for (const taxonomy of manifest.byPrefix) {
    if (!ref.startsWith(taxonomy.prefix)) continue;
    const id = ref.slice(taxonomy.prefix.length);
    if (taxonomy.names.has(id)) return { taxonomy, id, name: taxonomy.names.get(id) };
  }
  return null;
}

/** How much a match counts for, by how it matched the query's word. */
const WEIGHT = { exact: 1, joined: 0.85, split: 0.75, prefix: 0.7, typo1: 0.6, typo2: 0.45 };
/** Postings a query fetches beyond each term's first block, at most (bytes): the budget of docs/search.md. */
const BLOCK_BUDGET = 96 * 1024;
/** Typo candidates kept per word, the closest first. */
const MAX_CORRECTIONS = 3;

/** One term of the index as a query uses it: its postings so far, and what its unfetched blocks may still hold. */
class Postings {
  constructor(name, entry, weight) {
    this.name = name;
    this.weight = weight;
    this.count = entry[0];
    this.rest = entry.slice(2);
    this.next = 0;
    // Postings so far, in the order fetched: doc ids and weighted scores.
    this.ids = [];
    this.vals = [];
    this.add(decodeBlock(fromBase64(entry[1])));
  }
  add({ ids, qs }) {
    for (let i = 0; i < ids.length; i++) {
      this.ids.push(ids[i]);
      this.vals.push(unstore(qs[i]) * this.weight);
    }
  }
  /** A doc's weighted score, or undefined. By id only for those that ask (filters, split halves), made when asked. */
  get(id) {
    if (!this.byId || this.byId.size !== this.ids.length) this.byId = new Map(this.ids.map((doc, i) => [doc, this.vals[i]]));
    return this.byId.get(id);
  }
  /** The highest score a posting not fetched yet can have (0 when every block is here). */
  get bound() { return this.next < this.rest.length ? unstore(this.rest[this.next][2]) * this.weight : 0; }
  /** Fetches the next block; returns its size in bytes. */
  async more(index) { const [path] = this.rest[this.next++]; const bytes = await index.block(path); this.add(decodeBlock(bytes)); return bytes.length; }
}

/** A word split in two ("shinsplints": shin + splint): an answer counts where it has both halves, at their mean. */
class SplitPostings {
  constructor(a, b, weight) {
    this.parts = [a, b];
    this.name = a.name + ' ' + b.name;
    this.weight = weight;
    this.remade = 0;
    this.sync();
  }
  /** An answer may have both halves only once the other half's block comes: the list is made again, not appended to. */
  sync() {
    const [a, b] = this.parts;
    this.ids = [];
    this.vals = [];
    a.ids.forEach((id, i) => {
      const v = b.get(id);
      if (v !== undefined) { this.ids.push(id); this.vals.push((a.vals[i] + v) / 2 * this.weight); }
    });
    this.remade++;
  }
  get bound() { return Math.max(this.parts[0].bound, this.parts[1].bound) * this.weight; }
  async more(index) {
    const [a, b] = this.parts;
    const size = await (a.bound >= b.bound ? a : b).more(index);
    this.sync();
    return size;
  }
}

/** The candidate terms of each query word: exact, then the word being typed as a prefix, split and joined words, typos. */
async function candidates(index, toks) {
  const found = toks.map(() => []);
  const add = async (n, t, kind) => {
    const entry = await index.term(t);
    if (entry && !found[n].some(p => p.name === t)) found[n].push(new Postings(t, entry, WEIGHT[kind]));
    return entry;
  };
  await Promise.all(toks.map(async ({ word, stem: s }, n) => {
    const exact = await add(n, s, 'exact');
    // The word being typed, while it is not yet a word of the index ("kne" on the way to "knee"): a finished word is
    // meant as it is, and its longer relatives (rarer, so scoring higher) would push its own answers down.
    if (n === toks.length - 1 && word.length >= 2 && !exact) {
      // The word being typed: terms that start with it, the shortest first.
      const ts = [];
      for (const sh of await index.shardsIn(word, word + '\uffff', 2)) for (const t of Object.keys(sh.t)) if (t.startsWith(word) && t !== s) ts.push(t);
      ts.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      await Promise.all(ts.slice(0, 12).map(t => add(n, t, 'prefix')));
    }
    if (n + 1 < toks.length) {
      // "toe nail" for "toenail": the joined word counts for both.
      const joined = stem(word + toks[n + 1].word);
      if (await add(n, joined, 'joined')) await add(n + 1, joined, 'joined');
    }
    if (exact && exact[0] > 2) return;
    // A word one typo away is likelier than two words run together: split only when no such word was found.
    const closest = word.length >= 4 ? await correct(n, word) : Infinity;
    if (closest > 1 && word.length >= 6) await split(n, word);
  }));
  return found;

  // "shinsplints" for "shin splints": both halves terms; the pair counts where an answer has both. The first halves
  // are prefixes of the word, so they sort near it: their shards are looked at first, and a second half only for a
  // first half that is a term.
  async function split(n, word) {
    const lefts = [];
    for (const sh of await index.shardsIn(stem(word.slice(0, 3)), word, 2)) {
      for (let i = word.length - 3; i >= 3; i--) {
        const a = stem(word.slice(0, i));
        if (own(sh.t, a) && !lefts.some(l => l[1] === i)) lefts.push([a, i, sh.t[a]]);
      }
    }
    lefts.sort((x, y) => y[1] - x[1]);
    for (const [a, i, ea] of lefts.slice(0, 3)) {
      const b = stem(word.slice(i));
      const eb = await index.term(b);
      if (!eb) continue;
      found[n].push(new SplitPostings(new Postings(a, ea, 1), new Postings(b, eb, 1), WEIGHT.split));
      return;
    }
  }

  // A typo anywhere in the word: the vocabulary under either typo key, for each length within reach.
  async function correct(n, word) {
    // One edit: each length within reach under its own keys (three letters from seven letters on, two below), a
    // short run of keys each. Two edits, for a word of 8 letters or more with no word one edit away: the two-letter
    // keys, under which long words are filed too.
    let near = await within(word, 1, word.length - 1, word.length + 1, false);
    if (word.length >= 8 && ![...near.values()].some(x => x.d === 1)) near = await within(word, 2, word.length - 2, word.length + 2, true);
    // The closest only: a word one edit away is what was meant far more often than one two edits away. Among those,
    // one that keeps the first letter (most typos are later in the word), then the more common.
    const closest = near.size ? Math.min(...[...near.values()].map(x => x.d)) : Infinity;
    const best = [...near].filter(([, x]) => x.d === closest)
      .map(([w, x]) => [w, x.d, (w[0] !== word[0]) * 1e9 + x.rank]).sort((a, b) => a[2] - b[2] || (a[0] < b[0] ? -1 : 1));
    const stems = [];
    for (const [w, d] of best) {
      const s = stem(w);
      if (!stems.some(x => x[0] === s)) stems.push([s, d]);
      if (stems.length === MAX_CORRECTIONS) break;
    }
    await Promise.all(stems.map(([s, d]) => add(n, s, d === 1 ? 'typo1' : 'typo2')));
    return closest;
  }

  /** The vocabulary's words within `max` edits of word, of lengths lo..hi, each with its distance and its rank. */
  async function within(word, max, lo, hi, short) {
    const wanted = new Set();
    const runs = [];
    for (let length = Math.max(3, lo); length <= hi; length++) {
      const keys = typoKeys(word, length, short);
      keys.forEach(k => wanted.add(k));
      const last = runs[runs.length - 1];
      // Keys of consecutive lengths with the same number of letters sort next to each other: one run.
      if (last && last.letters === keys[0].length) { last.to = keys; } else runs.push({ letters: keys[0].length, from: keys, to: keys });
    }
    const shards = (await Promise.all(runs.flatMap(r => [index.shardsIn(r.from[0], r.to[0], 2), index.shardsIn(r.from[1], r.to[1], 2)]))).flat();
    // Each key lists its words most used first: a word's place in its list stands for how common it is.
    const near = new Map();
    for (const shard of shards) {
      for (const [key, list] of Object.entries(shard.v || {})) {
        if (!wanted.has(key)) continue;
        list.split(' ').forEach((w, rank) => {
          const seen = near.get(w);
          if (seen) { seen.rank = Math.min(seen.rank, rank); return; }
          const d = distance(word, w, max);
          if (d >= 1 && d <= max) near.set(w, { d, rank });
        });
      }
    }
    return near;
  }
}

/**
 * Runs a query (docs/search.md, "Querying"). Returns { hits: [{id, score, matched}], terms: Set of matched terms,
 * tokens, complete }. An answer that matches more of the query's words ranks above one that matches fewer, then by
 * score. refs: term refs to filter by (a tag id, "levels:beginner"); an answer must have all of them. With no words but
 * refs, every answer that has them, newest first. want: how many results must be in their final order (a page's
 * worth and more for deeper pages); sort: 'newest' lists the answers that match most words newest first.
 */
export async function search(index, query, { refs = [], want = 10, sort = 'best' } = {}) {
  const m = await index.manifest();
  const toks = analyze(query, m.stopSet);
  const perToken = (await candidates(index, toks)).filter(list => list.length);
  const terms = new Set(perToken.flat().flatMap(p => p.parts ? p.parts.map(q => q.name) : [p.name]));

  // Filters need all their postings: an answer either has the term or not.
  const filters = await Promise.all(refs.map(async ref => {
    const entry = await index.term('#' + ref);
    if (!entry) return new Postings('#' + ref, [0, ''], 1);
    const p = new Postings('#' + ref, entry, 1);
    while (p.bound > 0) await p.more(index);
    return p;
  }));
  const allowed = id => filters.every(f => f.get(id) !== undefined);

  const board = new Board(m.docs || 0, perToken);
  let budget = BLOCK_BUDGET;
  for (;;) {
    board.fold();
    const next = sort === 'newest' ? board.open() : board.unsettled(allowed, want);
    if (!next.length || budget <= 0) {
      let hits = board.hits(allowed);
      if (!perToken.length && filters.length) {
        hits = filters[0].ids.filter(allowed).sort((a, b) => a - b).map(id => ({ id, score: 0, matched: 0, by: [] }));
      }
      if (sort === 'newest' && hits.length) hits = hits.filter(h => h.matched === hits[0].matched).sort((a, b) => a.id - b.id);
      return { hits, terms, tokens: toks, complete: !board.open().length };
    }
    // The blocks that could change the order most, a few at a time.
    for (const size of await Promise.all(next.slice(0, 4).map(p => p.more(index)))) budget -= size;
  }
}

/** The terms a result matched by: per word, its best candidate's (both halves of a split word). */
export const matchedTerms = hit => new Set((hit.by || []).filter(Boolean).flatMap(p => p.parts ? p.parts.map(q => q.name) : [p.name]));

/**
 * Each answer's best candidate score per query word, in typed arrays by doc id (a large site's common words have
 * postings in most answers: objects per answer would cost more than the query). Postings are folded in as blocks
 * arrive, each once. Answers rank by the number of words they match, then by the sum of their words' scores, then by
 * doc id (newer first).
 */
class Board {
  constructor(docs, perToken) {
    this.words = perToken.length;
    this.candidates = perToken.flatMap((list, n) => list.map(p => ({ p, n, done: 0, remade: 0 })));
    this.best = new Float64Array(docs * this.words);
    this.by = new Int32Array(docs * this.words).fill(-1);
    this.seen = new Uint8Array(docs);
    this.ids = [];
  }

  /** Room for doc ids below `docs`: the manifest says how many there are, but a doc id past it must not be lost. */
  grow(docs) {
    if (docs <= this.seen.length) return;
    const [best, by, seen] = [new Float64Array(docs * this.words), new Int32Array(docs * this.words).fill(-1), new Uint8Array(docs)];
    best.set(this.best);
    by.set(this.by);
    seen.set(this.seen);
    Object.assign(this, { best, by, seen });
  }

  fold() {
    let most = 0;
    for (const c of this.candidates) {
      for (let i = (c.p.remade || 0) !== c.remade ? 0 : c.done; i < c.p.ids.length; i++) if (c.p.ids[i] >= most) most = c.p.ids[i] + 1;
    }
    this.grow(most);
    const { best, by, seen, words } = this;
    this.candidates.forEach((c, ci) => {
      const p = c.p;
      // A split word's list is made again when a half grows: fold it whole (its scores only ever rise).
      if ((p.remade || 0) !== c.remade) { c.remade = p.remade || 0; c.done = 0; }
      for (let i = c.done; i < p.ids.length; i++) {
        const id = p.ids[i], k = id * words + c.n;
        if (!seen[id]) { seen[id] = 1; this.ids.push(id); }
        if (p.vals[i] > best[k]) { best[k] = p.vals[i]; by[k] = ci; }
      }
      c.done = p.ids.length;
    });
  }

  /** The candidates with blocks not fetched yet, the highest bound first. */
  open() {
    return this.candidates.map(c => c.p).filter(p => p.bound > 0).sort((a, b) => b.bound - a.bound);
  }

  /** The number of words an answer matches and its score, with what unfetched blocks could add (bounds per word). */
  measure(id, bounds) {
    let matched = 0, score = 0;
    for (let n = 0; n < this.words; n++) {
      const v = bounds ? Math.max(this.best[id * this.words + n], bounds[n]) : this.best[id * this.words + n];
      if (v > 0) { matched++; score += v; }
    }
    return [matched, score];
  }

  /** Every answer matched, ranked: the results. Each names the candidates it matched by only when asked (`by`). */
  hits(allowed) {
    const hits = [];
    for (const id of this.ids) {
      if (!allowed(id)) continue;
      const [matched, score] = this.measure(id);
      hits.push(new Hit(this, id, matched, score));
    }
    return hits.sort(order);
  }

  /** The candidate each word of an answer matched by (null for a word it does not match). */
  byOf(id) {
    const by = [];
    for (let n = 0; n < this.words; n++) {
      const ci = this.by[id * this.words + n];
      by.push(ci >= 0 ? this.candidates[ci].p : null);
    }
    return by;
  }

  /**
   * The candidates whose unfetched blocks could still change the first `want` results, most uncertain first: empty
   * when no answer, fetched or not, could rise above the last of them (a block-max bound, as in WAND).
   */
  unsettled(allowed, want) {
    const open = this.open();
    if (!open.length) return [];
    const bounds = new Array(this.words).fill(0);
    for (const c of this.candidates) bounds[c.n] = Math.max(bounds[c.n], c.p.bound);
    // The first `want` answers, found without sorting them all.
    const top = [];
    for (const id of this.ids) {
      if (!allowed(id)) continue;
      const [matched, score] = this.measure(id);
      const h = { id, matched, score };
      if (top.length === want && order(h, top[want - 1]) >= 0) continue;
      let at = top.length;
      while (at > 0 && order(h, top[at - 1]) < 0) at--;
      top.splice(at, 0, h);
      if (top.length > want) top.pop();
    }
    // Fewer results than wanted: more blocks may hold more answers.
    if (top.length < want) return open;
    const last = top[want - 1];
    const beats = (matched, score) => matched > last.matched || (matched === last.matched && score > last.score);
    // An answer in no fetched block could have every word the open blocks hold.
    if (beats(bounds.filter(b => b > 0).length, bounds.reduce((a, b) => a + b, 0))) return open;
    const inTop = new Set(top.map(h => h.id));
    for (const id of this.ids) {
      if (!allowed(id) || id === last.id) continue;
      const [matched, score] = this.measure(id);
      const [most, highest] = this.measure(id, bounds);
      // A result below the last could rise past it; one above could change places with the others.
      if ((most !== matched || highest > score) && (inTop.has(id) || beats(most, highest))) return open;
    }
    return [];
  }
}

const order = (a, b) => b.matched - a.matched || b.score - a.score || a.id - b.id;

/** One result: its doc id, how many of the query's words it matches, its score. */
class Hit {
  constructor(board, id, matched, score) {
    this.board = board;
    this.id = id;
    this.matched = matched;
    this.score = score;
  }
  get by() { return this.board.byOf(this.id); }
}



/** Cuts about `size` characters of text around the first word whose stem is in terms; returns [[text, isMatch], ...]. */
export function excerpt(text, terms, stopSet, size = 160) {
  const words = [];
  const re = /[\p{L}\p{M}\p{N}'\u2019]+/gu;
  for (let r; (r = re.exec(text));) {
    if (tokens(r[0]).some(t => !stopSet.has(t) && terms.has(stem(t)))) words.push([r.index, r.index + r[0].length]);
  }
  let start = 0;
  if (words.length && words[0][0] > size / 3) {
    start = text.lastIndexOf(' ', words[0][0] - size / 3) + 1;
  }
  let end = Math.min(start + size, text.length);
  if (end < text.length) { const sp = text.lastIndexOf(' ', end); if (sp > start + size / 2) end = sp; }
  const parts = [];
  let at = start;
  if (start > 0) parts.push(['… ', false]);
  for (const [a, b] of words) {
    if (a < at) continue;
    if (b > end) break;
    if (a > at) parts.push([text.slice(at, a), false]);
    parts.push([text.slice(a, b), true]);
    at = b;
  }
  if (at < end) parts.push([text.slice(at, end), false]);
  if (end < text.length) parts.push([' …', false]);
  return parts;
}

/** The ## section of a fragment whose heading and text hold most of the matched terms (the heading counts double), or null. */
export function bestSection(fragment, terms, stopSet) {
  let best = null, top = 0;
  const hits = text => tokens(text).filter(t => !stopSet.has(t) && terms.has(stem(t))).length;
  for (const [id, heading, text] of fragment.s || []) {
    const n = 2 * hits(heading) + hits(text);
    if (n > top) { top = n; best = { id, heading, text }; }
  }
  return best;
}

/** A result's address: the answer, asking it to highlight the matched terms, at the section that matched. */
export function resultUrl(url, terms, section) {
  const q = terms.size ? '?highlight=' + encodeURIComponent([...terms].join(' ')) : '';
  return url + q + (section ? '#' + encodeURIComponent(section.id) : '');
}

// ---- Page ----

const PAGE = 10;

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

const editable = t => t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** Text with the words whose stem is among terms in <mark>: [text, isMatch] parts from excerpt(). */
const marked = (into, parts) => { for (const [s, hit] of parts) into.append(hit ? el('mark', {}, s) : s); return into; };

/** The manifest URL every page names (on the header's search form, and on the search page's). */
const manifestUrl = () => (document.querySelector('form[data-manifest]') || {}).dataset?.manifest;

let shared = null;
const sharedIndex = () => shared || (shared = manifestUrl() && createIndex(manifestUrl()));

/**
 * Runs queries as the reader types: a keystroke whose shards are already here runs at once; one that needs a download
 * waits for a 120 ms pause in typing, so a fast typist does not fetch a shard per letter. Only the latest answer is shown.
 */
function typing(input, index, run) {
  let timer = 0, seq = 0;
  const go = async () => {
    clearTimeout(timer);
    const my = ++seq;
    await run(() => my === seq);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (index.cached(input.value)) go(); else timer = setTimeout(go, 120);
  });
  return go;
}

/** /search/: the form, its filters and sort, the results with their best section, more on demand. */
function searchPage(form) {
  const box = form.elements.q;
  // One select a filter, named by its taxonomy's parameter (tag=, level=); the manifest says which is which. sort= orders.
  const selects = [...form.querySelectorAll('select')].filter(s => s.name !== 'sort');
  const order = form.elements.sort;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const index = sharedIndex();
  let result = null, shown = 0, query = '', refs = [];

  const params = new URLSearchParams(location.search);
  box.value = params.get('q') || '';
  for (const select of [...selects, order].filter(Boolean)) {
    const v = params.get(select.name);
    if (v && [...select.options].some(o => o.value === v)) select.value = v;
  }
  const chosen = () => selects.filter(s => s.value);
  const sort = () => (order && order.value) || 'best';

  const syncUrl = () => {
    const p = new URLSearchParams();
    if (box.value.trim()) p.set('q', box.value.trim());
    for (const select of chosen()) p.set(select.name, select.value);
    if (sort() !== 'best') p.set('sort', sort());
    const qs = p.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
  };

  // Builds the result items from `from` (up to PAGE of them), fetching only their fragments.
  const build = async from => {
    const m = await index.manifest();
    const hits = result.hits.slice(from, from + PAGE);
    const frags = await Promise.all(hits.map(h => index.fragment(h.id)));
    return frags.map((f, i) => {
      // Each result marks and highlights the terms it matched by, not every candidate of the query.
      const terms = matchedTerms(hits[i]);
      const section = bestSection(f, terms, m.stopSet);
      const ex = marked(el('p', { className: 'result-excerpt' }), excerpt(f.x || '', terms, m.stopSet));
      const sub = section && el('p', { className: 'result-section' },
        el('a', { href: resultUrl(f.u, terms, section) }, section.heading), ' ',
        marked(el('span', { className: 'result-section-text' }), excerpt(section.text, terms, m.stopSet, 120)));
      const sep = el('span', { className: 'sep' }, ' · ');
      sep.setAttribute('aria-hidden', 'true');
      const meta = el('p', { className: 'result-meta' }, el('span', { className: 'result-expert' }, f.e), sep,
        el('time', { dateTime: f.d }, formatDate(f.d)));
      // Each taxonomy's terms as a paragraph of links, not a nested list: each result stays the only <li> in the list.
      const found = (f.g || []).map(ref => termOf(m, ref)).filter(Boolean);
      const taxonomies = m.taxonomyList.map(taxonomy => found.filter(t => t.taxonomy === taxonomy)).filter(ts => ts.length)
        .map(ts => el('p', { className: 'tags result-' + ts[0].taxonomy.key },
          ...ts.map(t => el('a', { href: t.taxonomy.url + encodeURIComponent(t.id) + '/' }, t.name))));
      return el('li', { className: 'result' },
        el('h2', { className: 'result-heading' }, el('a', { className: 'result-title', href: resultUrl(f.u, terms, null) }, f.t)),
        ex, sub, meta, ...taxonomies);
    });
  };
  const show = (items, append) => {
    if (append) list.append(...items); else list.replaceChildren(...items);
    shown += items.length;
    more.hidden = shown >= result.hits.length && result.complete;
  };

  const run = async current => {
    const q = box.value.trim(), picked = chosen();
    syncUrl();
    if (!q && !picked.length) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const m = await index.manifest();
      // A select no taxonomy of the manifest is filtered by stays out of the query.
      const filters = picked.map(s => ({ s, taxonomy: m.taxonomyList.find(t => t.param === s.name) })).filter(x => x.taxonomy)
        .map(({ s, taxonomy }) => termOf(m, taxonomy.prefix + s.value) || { taxonomy, id: s.value, name: s.value });
      query = q;
      refs = filters.map(t => t.taxonomy.prefix + t.id);
      const r = await search(index, q, { refs, sort: sort() });
      if (!current()) return;
      result = r;
      shown = 0;
      const items = await build(0);
      if (!current()) return;
      show(items, false);
      const n = r.hits.length;
      const names = filters.map(t => words.text('quote', { name: t.name })).join(words.text('and'));
      const what = (q ? words.text('for', { query: q }) : '') + (names ? words.text(q ? 'in' : 'tagged', { names }) : '');
      status.textContent = (n ? (r.complete ? words.count('count', n) : words.text('count_more', { count: n })) : words.text('none')) + what;
    } catch {
      if (current()) status.textContent = words.text('unavailable');
    }
  };
  const go = typing(box, index, run);

  let busy = false;
  more.addEventListener('click', async () => {
    if (!result || busy) return;
    busy = true;
    try {
      // A deeper page may need more of the common words' postings: ask for the results beyond those shown.
      if (shown + PAGE > result.hits.length && !result.complete) result = await search(index, query, { refs, want: shown + PAGE, sort: sort() });
      const items = await build(shown);
      show(items, true);
      const a = items[0] && items[0].querySelector('.result-title');
      if (a) a.focus();
    } catch {
      status.textContent = words.text('more_failed');
    } finally { busy = false; }
  });

  form.addEventListener('submit', e => { e.preventDefault(); go(); });
  for (const select of [...selects, order].filter(Boolean)) select.addEventListener('change', go);

  // ArrowDown/ArrowUp move through the result links; from the box, ArrowDown enters the list.
  form.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && e.target === box && list.querySelector('.result-title')) {
      e.preventDefault();
      list.querySelector('.result-title').focus();
    }
  });
  list.addEventListener('keydown', e => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('.result-title')];
    const i = links.indexOf(document.activeElement.closest('.result')?.querySelector('.result-title'));
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? links[i + 1] || (more.hidden ? null : more) : links[i - 1] || box;
    if (next) next.focus();
  });

  if (box.value.trim() || chosen().length) go();
}

/**
 * The header's box as a WAI-ARIA combobox (editable, list autocomplete): live results in a listbox under it, ArrowDown
 * and ArrowUp to move, Enter to open the active one (or, with none active, the search page), Escape to close.
 * Without script it is a plain search form that submits to /search/.
 */
function headerCombobox(form) {
  const input = form.elements.q;
  const index = sharedIndex();
  const listbox = el('ul', { id: input.id + '-results', className: 'search-popup' });
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', words.text('listbox'));
  listbox.hidden = true;
  const live = el('p', { className: 'vh' });
  live.setAttribute('role', 'status');
  form.append(listbox, live);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');
  let options = [], active = -1;

  const open = yes => {
    listbox.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) activate(-1);
  };
  const activate = i => {
    active = i;
    options.forEach((o, n) => o.setAttribute('aria-selected', String(n === i)));
    if (i >= 0) { input.setAttribute('aria-activedescendant', options[i].id); options[i].scrollIntoView({ block: 'nearest' }); }
    else input.removeAttribute('aria-activedescendant');
  };
  const all = () => form.action + '?q=' + encodeURIComponent(input.value.trim());

  const run = async current => {
    const q = input.value.trim();
    if (!q) { options = []; listbox.replaceChildren(); open(false); live.textContent = ''; return; }
    try {
      const m = await index.manifest();
      const r = await search(index, q, { want: 5 });
      const frags = await Promise.all(r.hits.slice(0, 5).map(h => index.fragment(h.id)));
      if (!current()) return;
      options = frags.map((f, n) => {
        const terms = matchedTerms(r.hits[n]);
        const o = el('li', { id: listbox.id + '-' + n, className: 'search-option' },
          el('span', { className: 'search-option-title' }, f.t),
          marked(el('span', { className: 'search-option-text' }), excerpt(f.x || '', terms, m.stopSet, 80)));
        o.setAttribute('role', 'option');
        o.dataset.href = resultUrl(f.u, terms, bestSection(f, terms, m.stopSet));
        return o;
      });
      const n = r.hits.length;
      const rest = el('li', { id: listbox.id + '-all', className: 'search-option search-option-all' },
        n ? words.text(r.complete ? 'all_for' : 'all_for_more', { count: n, query: q }) : words.text('none_for', { query: q }));
      rest.setAttribute('role', 'option');
      rest.dataset.href = all();
      options.push(rest);
      listbox.replaceChildren(...options);
      activate(-1);
      open(true);
      live.textContent = n ? words.count('suggestions', Math.min(n, 5)) : words.text('no_suggestions');
    } catch {
      if (current()) open(false);
    }
  };
  typing(input, index, run);

  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (listbox.hidden) open(true);
      const d = e.key === 'ArrowDown' ? 1 : -1;
      activate(active + d < -1 ? options.length - 1 : active + d >= options.length ? -1 : active + d);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options[active].dataset.href;
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) { e.preventDefault(); open(false); } else input.value = '';
    }
  });
  listbox.addEventListener('mousedown', e => e.preventDefault()); // keeps focus in the box
  listbox.addEventListener('click', e => {
    const o = e.target.closest('[role="option"]');
    if (o) location.href = o.dataset.href;
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => { if (options.length && input.value.trim()) open(true); });
}

/** /ask/: as the reader writes the question, the three answers most like it, so they may find theirs already answered. */
function askSuggestions(box) {
  const panel = document.getElementById(box.dataset.suggestions);
  const index = sharedIndex();
  if (!panel || !index) return;
  const list = panel.querySelector('ol');
  const run = async current => {
    const q = box.value.trim();
    if (q.split(/\s+/).length < 2) { panel.hidden = true; return; }
    try {
      const r = await search(index, q, { want: 3 });
      const frags = await Promise.all(r.hits.slice(0, 3).map(h => index.fragment(h.id)));
      if (!current()) return;
      list.replaceChildren(...frags.map((f, n) => el('li', {}, el('a', { href: resultUrl(f.u, matchedTerms(r.hits[n]), null) }, f.t))));
      panel.hidden = !frags.length;
    } catch {
      if (current()) panel.hidden = true;
    }
  };
  typing(box, index, run);
}

/** An answer opened from a result (?highlight=...): its words with those stems marked, as the result marked them. */
export function highlight(root, terms, stopSet = new Set()) {
  if (!terms.size) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: n => n.parentElement.closest('script, style, mark, .search-popup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  for (let n; (n = walker.nextNode());) nodes.push(n);
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue;
    const re = /[\p{L}\p{M}\p{N}'\u2019]+/gu;
    const parts = [];
    let at = 0;
    for (let r; (r = re.exec(text));) {
      if (!tokens(r[0]).some(t => !stopSet.has(t) && terms.has(stem(t)))) continue;
      parts.push(text.slice(at, r.index), el('mark', { className: 'search-hit' }, r[0]));
      at = r.index + r[0].length;
      count++;
    }
    if (parts.length) node.replaceWith(...parts, text.slice(at));
  }
  return count;
}

function ui() {
  const form = document.getElementById('search-form');
  const header = document.querySelector('.site-search');
  const box = form ? form.elements.q : header && header.elements.q;

  document.addEventListener('keydown', e => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || editable(e.target) || !box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
  if (form) searchPage(form);
  else if (header) headerCombobox(header);
  for (const ask of document.querySelectorAll('textarea[data-suggestions]')) askSuggestions(ask);

  const wanted = new URLSearchParams(location.search).get('highlight');
  const article = document.querySelector('main article');
  if (wanted && article) highlight(article, new Set(wanted.split(/\s+/).filter(Boolean)));
}

/**
 * The theme's words in the page's language (docs/search.md, "Words"): the data block the layout writes from the
 * theme's strings, `script:` section. `{name}` is filled from values; an entry of forms is chosen by Intl.PluralRules,
 * the browser's own CLDR rules, so "1 answer" and "2 answers" follow the language. A key the block lacks shows itself.
 */
export function wordsOf(table, lang) {
  let plural, numbers;
  try { plural = new Intl.PluralRules(lang); numbers = new Intl.NumberFormat(lang); } catch { plural = new Intl.PluralRules(); numbers = new Intl.NumberFormat(); }
  const fill = (text, values = {}) => String(text).replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? (typeof values[name] === 'number' ? numbers.format(values[name]) : values[name]) : whole);
  const entry = key => (table && key in table ? table[key] : key);
  return {
    text: (key, values) => { const e = entry(key); return fill(e.other ?? e, values); },
    count: (key, n, values) => { const e = entry(key); return fill(e[plural.select(n)] ?? e.other ?? e, { ...values, count: n }); },
  };
}

const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang || undefined;
const words = (() => {
  try { return wordsOf(JSON.parse(document.getElementById('theme-strings').textContent), lang); } catch { return wordsOf(null, lang); }
})();

/** A date as the pages write it in their language: day, month name, year (Intl, so any language the browser knows). */
function formatDate(iso) {
  const [y, mo, d] = String(iso).split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
  } catch {
    return iso;
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ui);
  else ui();
}
