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

/** True when a and b are within Damerau-Levenshtein (adjacent transposition) distance 1. */
export function near(a, b) {
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (i === la) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// ---- Index ----

const decode = p => {
  const out = new Map();
  for (let i = 0, id = 0; i < p.length; i += 2) out.set(id += p[i], p[i + 1]);
  return out;
};

/** The index of the last shard whose first term is <= term (shard 0 takes everything below). */
export function shardIndex(shards, term) {
  let lo = 0, hi = shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shards[mid][0] <= term) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** An index client: fetches the manifest, shards and fragments relative to manifestUrl, each once. */
export function createIndex(manifestUrl, fetchJson = u => fetch(u).then(r => {
  if (!r.ok) throw new Error(r.status + ' ' + u);
  return r.json();
})) {
  const cache = new Map();
  const get = url => {
    if (!cache.has(url)) cache.set(url, fetchJson(url).catch(e => { cache.delete(url); throw e; }));
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
  const shardAt = async i => get(rel((await manifest()).shards[i][1]));
  /** The shard that holds term (and the surface words sorting next to it). */
  const shard = async term => {
    const m = await manifest();
    return m.shards.length ? shardAt(shardIndex(m.shards, term)) : { t: {}, w: {} };
  };
  /** The shards that may hold a term or word starting with prefix (at most max of them): usually one. */
  const shardsFor = async (prefix, max) => {
    const m = await manifest();
    if (!m.shards.length) return [];
    const from = shardIndex(m.shards, prefix), to = Math.min(shardIndex(m.shards, prefix + '\uffff'), from + max - 1);
    const out = [];
    for (let i = from; i <= to; i++) out.push(shardAt(i));
    return Promise.all(out);
  };
  // Fragments are in folders of `group` consecutive doc ids, each named by its own content.
  const fragment = async id => {
    const m = await manifest();
    return get(rel(m.fragments[Math.floor(id / m.group)] + id + '.json'));
  };
  /** True when the shards of every word of query (and of the typed word's prefix) are already here. */
  const cached = query => {
    const m = loaded;
    if (!m || !m.shards.length) return false;
    const has = term => cache.has(rel(m.shards[shardIndex(m.shards, term)][1]));
    return analyze(query, m.stopSet).every(({ word, stem: s }) => has(s) && has(word));
  };
  return { manifest, shard, shardsFor, fragment, cached };
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

/**
 * Runs a query (docs/search.md, "Querying"). Returns { hits: [{id, score}], terms: Set of matched terms, tokens }.
 * refs: term refs to filter by (a tag id, "level:beginner"); an answer must have all of them. With no words but
 * refs, every answer that has them, newest first.
 */
export async function search(index, query, { refs = [] } = {}) {
  const m = await index.manifest();
  const toks = analyze(query, m.stopSet);
  const terms = new Set();
  const perToken = await Promise.all(toks.map(async ({ word, stem: s }, n) => {
    const best = new Map();
    const add = (postings, factor, term) => {
      terms.add(term);
      for (const [id, sc] of decode(postings)) {
        const v = sc * factor;
        if (!(best.get(id) >= v)) best.set(id, v);
      }
    };
    const sh = await index.shard(s);
    const exact = own(sh.t, s);
    if (exact) add(sh.t[s], 1, s);
    if (n === toks.length - 1) {
      // The word being typed: every term that starts with it, the closest first.
      const found = [];
      for (const ws of await index.shardsFor(word, 2)) for (const t of Object.keys(ws.t)) if (t.startsWith(word) && t !== s) found.push([t, ws.t[t]]);
      found.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1)).slice(0, 20).forEach(([t, p]) => add(p, 0.7, t));
    }
    if (!exact && word.length >= 5) {
      // One typo after the first three letters: the words (w) and terms sharing those letters, within one edit.
      // "hamstirng" sorts before "hamstring", so a shard boundary may fall between them: look at every shard
      // of the three-letter range (at most 3).
      const near1 = await index.shardsFor(word.slice(0, 3), 3);
      const stems = new Set();
      for (const ws of near1) {
        for (const [sw, st] of Object.entries(ws.w)) if (near(word, sw)) stems.add(st);
        for (const t of Object.keys(ws.t)) if (t[0] !== '#' && near(word, t)) stems.add(t);
      }
      for (const st of stems) {
        const home = near1.find(ws => own(ws.t, st)) || await index.shard(st);
        if (own(home.t, st)) add(home.t[st], 0.6, st);
      }
    }
    return best;
  }));

  let scores = new Map();
  if (perToken.length) {
    const combine = all => {
      const out = new Map();
      for (const b of perToken) for (const [id, v] of b) out.set(id, (out.get(id) || 0) + v);
      if (all) for (const id of [...out.keys()]) if (!perToken.every(b => b.has(id))) out.delete(id);
      return out;
    };
    scores = combine(true);
    if (!scores.size) scores = combine(false);
  }
  const filters = await Promise.all(refs.map(async ref => {
    const ft = '#' + ref;
    const sh = await index.shard(ft);
    return decode(own(sh.t, ft) ? sh.t[ft] : []);
  }));
  if (filters.length) {
    const allowed = id => filters.every(f => f.has(id));
    if (perToken.length) for (const id of [...scores.keys()]) { if (!allowed(id)) scores.delete(id); }
    else for (const id of filters[0].keys()) if (allowed(id)) scores.set(id, 0);
  }
  const hits = [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits, terms, tokens: toks };
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

// ---- Page ----

const PAGE = 10;

function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

const editable = t => t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

function ui() {
  const form = document.getElementById('search-form');
  const headerInput = document.querySelector('.site-search input[name="q"]');
  const box = form ? form.elements.q : headerInput;

  document.addEventListener('keydown', e => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || editable(e.target) || !box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
  if (!form) return;

  // One select a filter, named by its taxonomy's parameter (tag=, level=); the manifest says which is which.
  const selects = [...form.querySelectorAll('select')];
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const index = createIndex(form.dataset.manifest);
  let seq = 0, result = null, shown = 0, timer = 0;

  const params = new URLSearchParams(location.search);
  box.value = params.get('q') || '';
  for (const select of selects) {
    const v = params.get(select.name);
    if (v && [...select.options].some(o => o.value === v)) select.value = v;
  }
  const chosen = () => selects.filter(s => s.value);

  const syncUrl = () => {
    const p = new URLSearchParams();
    if (box.value.trim()) p.set('q', box.value.trim());
    for (const select of chosen()) p.set(select.name, select.value);
    const qs = p.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
  };

  // Builds the result items from `from` (up to PAGE of them), fetching only their fragments.
  const build = async from => {
    const m = await index.manifest();
    const frags = await Promise.all(result.hits.slice(from, from + PAGE).map(h => index.fragment(h.id)));
    return frags.map(f => {
      const ex = el('p', { className: 'result-excerpt' });
      for (const [s, hit] of excerpt(f.x || '', result.terms, m.stopSet)) ex.append(hit ? el('mark', {}, s) : s);
      const sep = el('span', { className: 'sep' }, ' · ');
      sep.setAttribute('aria-hidden', 'true');
      const meta = el('p', { className: 'result-meta' }, el('span', { className: 'result-expert' }, f.e), sep,
        el('time', { dateTime: f.d }, formatDate(f.d)));
      // Each taxonomy's terms as a paragraph of links, not a nested list: each result stays the only <li> in the list.
      const found = (f.g || []).map(ref => termOf(m, ref)).filter(Boolean);
      const terms = m.taxonomyList.map(taxonomy => found.filter(t => t.taxonomy === taxonomy)).filter(ts => ts.length)
        .map(ts => el('p', { className: 'tags result-' + ts[0].taxonomy.key },
          ...ts.map(t => el('a', { href: t.taxonomy.url + encodeURIComponent(t.id) + '/' }, t.name))));
      return el('li', { className: 'result' },
        el('h2', { className: 'result-heading' }, el('a', { className: 'result-title', href: f.u }, f.t)), ex, meta, ...terms);
    });
  };
  const show = (items, append) => {
    if (append) list.append(...items); else list.replaceChildren(...items);
    shown += items.length;
    more.hidden = shown >= result.hits.length;
  };

  const run = async () => {
    clearTimeout(timer);
    const my = ++seq, q = box.value.trim(), picked = chosen();
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
      const r = await search(index, q, { refs: filters.map(t => t.taxonomy.prefix + t.id) });
      if (my !== seq) return;
      result = r;
      const items = await build(0);
      if (my !== seq) return;
      shown = 0;
      show(items, false);
      const n = r.hits.length;
      const names = filters.map(t => '“' + t.name + '”').join(' and ');
      const what = (q ? ' for “' + q + '”' : '') + (names ? (q ? ' in ' : ' tagged ') + names : '');
      status.textContent = n ? n + (n === 1 ? ' answer' : ' answers') + what : 'No answers' + what;
    } catch {
      if (my === seq) status.textContent = 'Search is not available right now. Please try again later.';
    }
  };

  let busy = false;
  more.addEventListener('click', async () => {
    if (!result || busy) return;
    busy = true;
    const my = seq;
    try {
      const items = await build(shown);
      if (my !== seq) return;
      show(items, true);
      const a = items[0] && items[0].querySelector('.result-title');
      if (a) a.focus();
    } catch {
      status.textContent = 'Could not load more results. Please try again.';
    } finally { busy = false; }
  });

  form.addEventListener('submit', e => { e.preventDefault(); run(); });
  // A keystroke whose shards are already here is answered at once; one that needs a download waits for
  // typing to pause (120 ms), so a fast typist does not fetch a shard per letter.
  box.addEventListener('input', () => {
    clearTimeout(timer);
    if (index.cached(box.value)) run(); else timer = setTimeout(run, 120);
  });
  for (const select of selects) select.addEventListener('change', run);

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

  if (box.value.trim() || chosen().length) run();
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
function formatDate(iso) {
  const [y, mo, d] = String(iso).split('-').map(Number);
  return y && mo && d ? d + ' ' + MONTHS[mo - 1] + ' ' + y : iso;
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ui);
  else ui();
}
