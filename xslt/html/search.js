/* Editio: full-text search of the edition, for search.html (search.xsl).
 *
 * Reads window.EDITIO_SEARCH_INDEX, which search-index.js (written by
 * `editio build`, see src/site/search_index.cpp for its format) sets: a script
 * rather than JSON, so the site works when opened from disk (file://), where
 * a page cannot fetch files. No library, no build step, nothing loaded from
 * elsewhere.
 *
 * A query is split into words, normalized as the index is (lower case,
 * accents and soft hyphens removed, ё = е). A word finds the words of the
 * index that share its stem: its own stem when the index has the word, else
 * the longest of its beginnings (from the whole word down to four letters
 * shorter, at least three) that is a stem of the index, so an inflected form
 * the texts lack still finds the others ("Petrovym" -> "Petrov", "Petrova").
 * The last word also finds the words it begins (search as you type). A
 * passage must hold every word; words in quotes ("…", «…», “…”) must stand
 * together in that order. Results are grouped by document, in the edition's
 * order; the URL (search.html?q=…) follows the query.
 *
 * A large edition's index is in shards: search-index.js then lists them
 * ("shards"), and each, a script of its own, adds a sub-index to
 * window.EDITIO_SEARCH_SHARDS. They are loaded (<script> elements, paths
 * relative to this page) when the page opens and merged into one index, the
 * same as a single index would be: passages in order, and the surname groups
 * of stems (-ов/-ев), which a shard cannot know, merged here as the build
 * merges them. Queries wait for them.
 */
(function () {
  'use strict';

  const MAX_HITS = 500;
  const SNIPPET_BEFORE = 80;
  const SNIPPET_LENGTH = 260;
  // Word characters, as the index splits text: letters, marks, digits, and
  // soft hyphens and joiners inside words.
  const WORD = /[\p{L}\p{M}\p{N}\u00AD\u200C\u200D\u2060]+/gu;
  const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
  const DROPPED = /[\u00AD\u200C\u200D\u2060]/g;
  const MARKS = /\p{M}/gu;
  const QUOTES = /["«»“”„]/;

  // ---------------------------------------------------------------- labels

  const labels = new Map();
  for (const span of document.querySelectorAll('#search-i18n [data-key]')) {
    labels.set(span.getAttribute('data-key'), span.textContent);
  }
  const label = (key) => (labels.has(key) ? labels.get(key) : key);
  const uiLang = (document.documentElement.lang || 'en').split('-')[0].toLowerCase();

  // "key-one", "key-few" or "key-many", as common.xsl's plural-key.
  function pluralKey(key, n) {
    if (uiLang === 'ru') {
      if (n % 10 === 1 && n % 100 !== 11) return key + '-one';
      if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return key + '-few';
      return key + '-many';
    }
    return key + (n === 1 ? '-one' : '-many');
  }

  // ---------------------------------------------------------------- words

  function normalize(word) {
    return word.replace(DROPPED, '').toLowerCase().normalize('NFD')
      .replace(/\u0438\u0306/g, '\u0439')   // й is a letter: its breve stays
      .replace(MARKS, '').normalize('NFC');
  }

  // The words of a text with their places: [{word, start, end}].
  function tokens(text) {
    const out = [];
    for (const m of text.matchAll(WORD)) {
      const word = normalize(m[0]);
      if (word) out.push({ word: word, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  const length = (s) => Array.from(s).length;

  // ---------------------------------------------------------------- the index

  const data = window.EDITIO_SEARCH_INDEX;
  let index = null;

  // A passage of the index, its doc a number in `docs`.
  function passageOf(docs, d, p) {
    const doc = docs[d];
    const anchor = p[1].startsWith('-') ? doc.id + p[1] : p[1];
    return { doc: d, anchor: anchor, label: p[2], text: p[3], lang: p[4] || doc.lang };
  }

  // Calls f(stem, form, passages) for each form of a group of the index's words.
  function eachForm(group, f) {
    let k = 0, stem = group[0];
    if (group.length % 2 === 1) {  // [stem, form, passages, ...]; a number: that many letters of the first form
      stem = typeof group[0] === 'number' ? Array.from(group[1]).slice(0, group[0]).join('') : group[0];
      k = 1;
    }
    for (; k + 1 < group.length; k += 2) f(stem, group[k], group[k + 1]);
  }

  const readDocs = (list) => list.map((d) => ({ id: d[0], title: d[1], lang: d[2] }));
  const isIndex = (x) => x && Array.isArray(x.docs) && Array.isArray(x.passages) && Array.isArray(x.words);

  // One index.
  function single(data) {
    const words = new Map();   // form -> passages
    const stems = new Map();   // stem -> forms
    const stemOf = new Map();  // form -> stem
    for (const group of data.words) {
      const forms = [];
      let groupStem = null;
      eachForm(group, (stem, form, list) => {
        words.set(form, list);
        stemOf.set(form, stem);
        forms.push(form);
        groupStem = stem;
      });
      if (groupStem !== null) stems.set(groupStem, forms);
    }
    const docs = readDocs(data.docs);
    const passages = data.passages.map((p) => passageOf(docs, p[0], p));
    return { words, stems, stemOf, docs, passages, sorted: Array.from(words.keys()).sort() };
  }

  // UTF-8 byte order (code point order), as the build sorts.
  function byCodePoint(a, b) {
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      const x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xFFFF ? 2 : 1;
      j += y > 0xFFFF ? 2 : 1;
    }
    return a.length === b.length ? 0 : (a.length < b.length ? -1 : 1);
  }

  // The shards, in order, as one index. Their word groups are by Snowball
  // stem alone; the surname merge is stem_groups' (src/site/search_words.cpp).
  function merged(docList, parts) {
    const docs = readDocs(docList);
    const docOf = new Map(docs.map((d, i) => [d.id, i]));
    const words = new Map(), stems = new Map(), stemOf = new Map();
    const passages = [];
    for (const part of parts) {
      const map = part.docs.map((d) => {
        if (!docOf.has(d[0])) {
          docOf.set(d[0], docs.length);
          docs.push({ id: d[0], title: d[1], lang: d[2] });
        }
        return docOf.get(d[0]);
      });
      const offset = passages.length;
      for (const p of part.passages) passages.push(passageOf(docs, map[p[0]], p));
      for (const group of part.words) {
        eachForm(group, (stem, form, list) => {
          const had = words.get(form);
          if (had) {
            for (const i of list) had.push(i + offset);
            return;
          }
          words.set(form, list.map((i) => i + offset));
          stemOf.set(form, stem);
          if (stems.has(stem)) stems.get(stem).push(form); else stems.set(stem, [form]);
        });
      }
    }
    // A form in -ов/-ев/-ьев that is the stem of other forms takes its own
    // stem's group into its group.
    const candidates = [];
    for (const [form, stem] of stemOf) {
      if (form !== stem && form.startsWith(stem) && ['ов', 'ев', 'ьев'].includes(form.slice(stem.length))) {
        candidates.push(form);
      }
    }
    candidates.sort(byCodePoint);
    const moved = new Map();
    const resolve = (s) => { while (moved.has(s)) s = moved.get(s); return s; };
    for (const form of candidates) {
      if (!stems.has(form)) continue;
      const from = resolve(stemOf.get(form)), to = resolve(form);
      if (from === to) continue;
      for (const f of stems.get(from)) stems.get(to).push(f);
      stems.delete(from);
      moved.set(from, to);
    }
    for (const [stem, forms] of stems) {
      forms.sort(byCodePoint);
      for (const f of forms) stemOf.set(f, stem);
    }
    return { words, stems, stemOf, docs, passages, sorted: Array.from(words.keys()).sort() };
  }

  // Loads the shards' scripts; resolves to their sub-indexes, in order.
  function loadShards(list) {
    const loaded = window.EDITIO_SEARCH_SHARDS = window.EDITIO_SEARCH_SHARDS || {};
    return Promise.all(list.map((src) => new Promise((resolve, reject) => {
      if (isIndex(loaded[src])) {
        resolve(loaded[src]);
        return;
      }
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => (isIndex(loaded[src]) ? resolve(loaded[src]) : reject(new Error('not an index: ' + src)));
      script.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(script);
    }))).then((parts) => {
      for (const src of list) delete loaded[src];  // the merged index holds them
      return parts;
    });
  }

  let loading = false;  // the shards are loading
  let ready = Promise.resolve();  // resolves when the index is there (or is known to be missing)
  if (isIndex(data)) {
    index = single(data);
  } else if (data && Array.isArray(data.docs) && Array.isArray(data.shards)) {
    loading = true;
    ready = loadShards(data.shards)
      .then((parts) => merged(data.docs, parts))
      .then((built) => { index = built; }, (e) => { console.error('search: ' + e.message); })
      .then(() => { loading = false; });
  }

  const isStem = (s) => index.stems.has(s);
  const formsOfStem = (stem) => index.stems.get(stem) || [];

  // The words of the index a query word finds.
  function formsFor(word, prefix) {
    const found = new Set();
    let stem = null;
    if (index.words.has(word)) {
      stem = index.stemOf.get(word);
    } else {
      const chars = Array.from(word);
      const shortest = Math.max(3, chars.length - 4);
      for (let n = chars.length; n >= shortest && stem === null; n--) {
        const p = chars.slice(0, n).join('');
        if (isStem(p)) stem = p;
      }
    }
    if (stem !== null) for (const f of formsOfStem(stem)) found.add(f);
    if (prefix) {
      const sorted = index.sorted;
      let lo = 0, hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < word) lo = mid + 1; else hi = mid;
      }
      for (let i = lo; i < sorted.length && sorted[i].startsWith(word); i++) found.add(sorted[i]);
    }
    return found;
  }

  function passagesOf(forms) {
    const out = new Set();
    for (const f of forms) for (const i of index.words.get(f) || []) out.add(i);
    return out;
  }

  // ---------------------------------------------------------------- queries

  // The query's terms: [{words: [normalized], phrase: bool}]; the text
  // between quotes is a phrase (an unclosed quote runs to the end).
  function parse(q) {
    const terms = [];
    const parts = q.split(QUOTES);
    parts.forEach((part, i) => {
      const words = tokens(part).map((t) => t.word);
      if (i % 2 === 1 && words.length > 1) terms.push({ words: words, phrase: true });
      else for (const w of words) terms.push({ words: [w], phrase: false });
    });
    return terms;
  }

  function search(q) {
    const terms = parse(q);
    const last = q.length > 0 && WORD_CHAR.test(Array.from(q).pop());
    const lastTerm = terms[terms.length - 1];
    const sets = [];      // passages each term allows
    const marked = new Set();  // words to mark in snippets
    const phrases = [];   // [[Set of forms per word]]
    terms.forEach((term) => {
      const forms = term.words.map((w, k) => {
        const isLast = last && term === lastTerm && k === term.words.length - 1;
        if (length(w) < 2) return term.phrase ? new Set([w]) : null;  // "в", "a": in phrases only
        return formsFor(w, isLast);
      });
      if (!term.phrase) forms.forEach((f) => { if (f) for (const w of f) marked.add(w); });  // phrases: their spans
      const counted = forms.filter((f, k) => f && length(term.words[k]) >= 2);
      for (const f of counted) sets.push(passagesOf(f));
      if (term.phrase && counted.length > 0) phrases.push(forms);
    });
    if (sets.length === 0) return null;
    sets.sort((a, b) => a.size - b.size);
    let hits = Array.from(sets[0]).filter((i) => sets.every((s) => s.has(i)));
    hits.sort((a, b) => a - b);
    // Phrases: their words next to each other, in order.
    const spans = new Map();  // passage -> [[first token, last token]]
    if (phrases.length > 0) {
      hits = hits.filter((i) => {
        const toks = tokens(index.passages[i].text);
        const found = [];
        for (const forms of phrases) {
          let any = false;
          for (let s = 0; s + forms.length <= toks.length; s++) {
            if (forms.every((f, k) => f.has(toks[s + k].word))) {
              found.push([s, s + forms.length - 1]);
              any = true;
            }
          }
          if (!any) return false;
        }
        spans.set(i, found);
        return true;
      });
    }
    return { hits: hits, marked: marked, spans: spans };
  }

  // The place of a passage: its document's page, at its anchor.
  function href(passage) {
    return index.docs[passage.doc].id + '.html' + (passage.anchor ? '#' + passage.anchor : '');
  }

  // For tests and the curious: the same normalization and matching.
  window.EditioSearch = {
    ready: ready,  // a Promise: the index is loaded
    normalize: normalize,
    words: (text) => tokens(text).map((t) => t.word),
    search: (q) => {  // the links of the passages found
      const found = index && search(q);
      return found ? found.hits.map((i) => href(index.passages[i])) : [];
    },
  };

  // ---------------------------------------------------------------- results

  const input = document.getElementById('search-input');
  const form = document.getElementById('search-form');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  if (!input || !status || !results) return;

  function el(name, className, text) {
    const e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // "¶ 5", "note 41", "heading", "item 3", "opening", "closing", "text", "passage"
  function placeLabel(code) {
    const kind = code.charAt(0), n = code.slice(1);
    const keys = { p: 'locus-paragraph', n: 'locus-note', h: 'locus-heading', i: 'locus-item',
                   o: 'locus-opening', c: 'locus-closing', t: 'locus-text' };
    if (kind === 'p' && n === '') return label('locus-other');
    let text = label(keys[kind] || 'locus-other');
    if (n !== '' && 'pni'.includes(kind)) text += (kind === 'p' ? '\u00a0' : ' ') + n;
    return text;
  }

  // A piece of the passage around its first match, matched words in <mark>.
  function snippet(passage, found, spans) {
    const text = passage.text;
    const toks = tokens(text);
    const mark = new Array(toks.length).fill(false);
    toks.forEach((t, k) => { if (found.marked.has(t.word)) mark[k] = true; });
    for (const [a, b] of spans || []) for (let k = a; k <= b; k++) mark[k] = true;
    const first = mark.indexOf(true);
    let start = 0;
    if (first > 0 && toks[first].start > SNIPPET_BEFORE) {
      start = text.lastIndexOf(' ', toks[first].start - SNIPPET_BEFORE);
      start = start < 0 ? 0 : start + 1;
      if (toks[first].start - start > SNIPPET_BEFORE * 1.5) start = toks[first].start - SNIPPET_BEFORE;
    }
    let end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start && first >= 0 && space > toks[first].end) end = space;
    }
    // never cut a surrogate pair
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start--;
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end++;
    const p = el('p', 'search-snippet');
    if (passage.lang) p.lang = passage.lang;
    let at = start;
    if (start > 0) p.append('… ');
    toks.forEach((t, k) => {
      if (!mark[k] || t.start < start || t.end > end) return;
      if (t.start > at) p.append(text.slice(at, t.start));
      p.append(el('mark', '', text.slice(t.start, t.end)));
      at = t.end;
    });
    if (end > at) p.append(text.slice(at, end));
    if (end < text.length) p.append(' …');
    return p;
  }

  function count(n, key) {
    return n + ' ' + label(pluralKey(key, n));
  }

  function render(q) {
    if (loading) return;  // rendered once the shards are in
    results.textContent = '';
    if (!index) {
      status.textContent = label('search-no-index');
      return;
    }
    if (q.trim() === '') {
      status.textContent = label('search-empty');
      return;
    }
    const found = search(q);
    if (!found) {
      status.textContent = label('search-short');
      return;
    }
    const hits = found.hits;
    if (hits.length === 0) {
      status.textContent = label('search-no-results');
      return;
    }
    const perDoc = new Map();
    for (const i of hits) {
      const d = index.passages[i].doc;
      perDoc.set(d, (perDoc.get(d) || 0) + 1);
    }
    let line = count(hits.length, 'search-results') + ' ' + label('in') + ' ' +
      count(perDoc.size, 'documents-in');
    if (hits.length > MAX_HITS) line += ' (' + label('search-shown').replace('%', MAX_HITS) + ')';
    status.textContent = line;

    const items = document.createDocumentFragment();
    let lastDoc = -1;
    for (const i of hits.slice(0, MAX_HITS)) {
      const passage = index.passages[i];
      const doc = index.docs[passage.doc];
      const li = el('li', 'search-hit');
      li.setAttribute('data-doc', doc.id);
      if (passage.doc !== lastDoc) {
        lastDoc = passage.doc;
        li.classList.add('search-hit-first');
        const h = el('h2', 'search-doc');
        const title = el('a', 'search-doc-title', doc.title);
        title.href = doc.id + '.html';
        if (doc.lang) title.lang = doc.lang;
        h.append(title, ' ');
        const lang = labels.has('lang-' + doc.lang) ? label('lang-' + doc.lang) : doc.lang;
        const meta = [lang, count(perDoc.get(passage.doc), 'search-results')].filter(Boolean).join(', ');
        h.append(el('span', 'search-doc-meta', '(' + meta + ')'));
        li.append(h);
      }
      const a = el('a', 'search-hit-link', placeLabel(passage.label));
      a.href = href(passage);
      const n = passage.label.slice(1);
      if (passage.label.charAt(0) === 'p' && n !== '') a.setAttribute('aria-label', label('paragraph') + ' ' + n);
      li.append(a, snippet(passage, found, found.spans.get(i)));
      items.append(li);
    }
    results.append(items);
  }

  // ---------------------------------------------------------------- wiring

  function setUrl(q) {
    try {
      const url = new URL(window.location.href);
      if (q.trim() === '') url.searchParams.delete('q'); else url.searchParams.set('q', q);
      window.history.replaceState(null, '', url.search === '' ? url.pathname : url.search);
    } catch (e) {
      // some browsers refuse history changes for file:// pages: the query still runs
    }
  }

  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      render(input.value);
      setUrl(input.value);
    }, 120);
  });
  if (form) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(timer);
      render(input.value);
      setUrl(input.value);
    });
  }

  const initial = new URLSearchParams(window.location.search).get('q') || '';
  input.value = initial;
  render(initial);
  if (loading) ready.then(() => render(input.value));
})();
