// The review page: a thin view over the JSON API. It sends one command per action and draws what the server
// answers; nothing is kept here that the server does not hold.
(function () {
  'use strict';

  const token = document.querySelector('meta[name="hamgam-token"]').content;
  const main = document.getElementById('main');
  const state = { doc: null, id: null, current: 0, editing: false, busy: false };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (value !== false && value !== null && value !== undefined) node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  let messageTimer = null;
  function say(text, error) {
    const box = document.getElementById('message');
    box.textContent = text;
    box.classList.toggle('error', !!error);
    box.classList.add('on');
    clearTimeout(messageTimer);
    messageTimer = setTimeout(() => box.classList.remove('on'), error ? 6000 : 2500);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  // ---- the list of documents ----

  async function showList() {
    const docs = await getJson('/api/documents');
    document.title = 'Hamgam review';
    const rows = docs.map(d => {
      const bar = el('span');
      bar.style.width = (d.beads ? 100 * d.reviewed / d.beads : 0) + '%';
      return el('tr', { class: 'doc' },
        el('td', {}, el('a', { href: '/documents/' + encodeURIComponent(d.id), text: d.name })),
        el('td', { class: 'num', text: String(d.beads) }),
        el('td', { class: 'num', text: String(d.flagged) }),
        el('td', { class: 'num', text: String(d.reviewed) }),
        el('td', {}, el('div', { class: 'bar', title: d.reviewed + ' of ' + d.beads + ' reviewed' }, bar)));
    });
    main.replaceChildren(el('table', { class: 'docs' },
      el('thead', {}, el('tr', {}, el('th', { text: 'document' }), el('th', { text: 'beads' }),
        el('th', { text: 'flagged' }), el('th', { text: 'reviewed' }), el('th', { text: 'progress' }))),
      el('tbody', {}, ...rows)));
    document.getElementById('progress').textContent = docs.length + ' document(s)';
    const first = main.querySelector('a');
    if (first) first.focus();
  }

  // ---- one document ----

  async function showDocument(id) {
    state.id = id;
    state.doc = await getJson('/api/documents/' + encodeURIComponent(id));
    document.getElementById('tools').hidden = false;
    document.getElementById('export-txt').href = '/api/documents/' + encodeURIComponent(id) + '/export?format=txt';
    document.getElementById('export-html').href = '/api/documents/' + encodeURIComponent(id) + '/export?format=html';
    render();
  }

  function visible(bead) {
    if (document.getElementById('only-flagged').checked && !bead.flagged) return false;
    if (document.getElementById('only-pending').checked && bead.state !== 'pending') return false;
    return true;
  }

  // Sentences with a cut mark between each two; a click on a mark splits the bead there.
  function sentences(texts, lang, bead, side) {
    const out = [];
    texts.forEach((t, k) => {
      if (k > 0 && side) {
        out.push(el('button', { type: 'button', class: 'cut', tabindex: '-1', text: '|',
          title: 'Split the bead here', 'aria-label': 'split ' + (side === 'source' ? 'Persian' : 'English')
            + ' before sentence ' + (k + 1),
          onclick: () => send({ op: 'split', bead: bead, side: side, at: k }) }));
      }
      out.push(el('span', { class: 'sent', lang: lang, text: t }));
    });
    return out;
  }

  function beadRow(bead) {
    const doc = state.doc;
    const low = bead.score < doc.threshold && bead.origin !== 'none';
    const persian = el('td', { class: 'fa', lang: 'fa', dir: 'rtl' },
      el('div', { class: 'text' }, ...sentences(bead.sourceSentences, 'fa', bead.index, 'source')),
      bead.sourceOriginal !== bead.sourceText ? el('div', { class: 'original', text: bead.sourceOriginal }) : null);
    const aligned = bead.origin === 'aligned' && bead.targetSentences.length;
    const englishTexts = aligned ? bead.targetSentences : (bead.targetText ? [bead.targetText] : []);
    const english = el('td', { class: 'en', lang: 'en', dir: 'ltr' },
      el('div', { class: 'text origin-' + bead.origin },
        ...sentences(englishTexts, 'en', bead.index, aligned ? 'target' : null)));
    if (bead.terms.length) {
      // A term found several times in a bead is listed once, with how often.
      const counts = new Map();
      bead.terms.forEach(t => {
        const key = t.source + ' = ' + [t.target, ...(t.alternatives || [])].join(' | ');
        counts.set(key, (counts.get(key) || 0) + 1);
      });
      english.append(el('ul', { class: 'terms', 'aria-label': 'glossary terms' },
        ...[...counts].map(([text, n]) => el('li', { text: n > 1 ? text + ' ×' + n : text }))));
    }
    if (bead.issues.length) {
      english.append(el('ul', { class: 'issues', 'aria-label': 'QA findings' },
        ...bead.issues.map(i => el('li', { class: i.severity,
          text: i.severity + ' ' + i.code + ': ' + i.message + (i.suggestion ? ' (' + i.suggestion + ')' : '') }))));
    }
    const b = bead.index;
    english.append(el('div', { class: 'actions' },
      el('button', { type: 'button', text: 'Accept', onclick: () => send({ op: 'accept', bead: b }) }),
      el('button', { type: 'button', text: 'Reject', onclick: () => send({ op: 'reject', bead: b }) }),
      el('button', { type: 'button', text: 'Edit', onclick: () => { select(b); edit(); } }),
      el('button', { type: 'button', text: 'Merge ↓', onclick: () => send({ op: 'merge', bead: b }) }),
      bead.source.length > 1 ? el('button', { type: 'button', text: 'Split Persian',
        onclick: () => send({ op: 'split', bead: b, side: 'source', at: 1 }) }) : null,
      bead.target.length > 1 ? el('button', { type: 'button', text: 'Split English',
        onclick: () => send({ op: 'split', bead: b, side: 'target', at: 1 }) }) : null,
      bead.source.length && bead.target.length ? el('button', { type: 'button', text: 'No counterpart',
        onclick: () => send({ op: 'no-counterpart', bead: b, side: 'source' }) }) : null));
    const meta = el('td', { class: 'meta' },
      el('div', {}, el('span', { class: 'n', text: '#' + (b + 1) }), ' ' + bead.type),
      el('div', { class: 'score' + (low ? ' low' : ''), text: 'score ' + bead.score.toFixed(2) }),
      el('div', {}, el('span', { class: 'state ' + bead.state, text: bead.state,
        title: bead.reviewer ? bead.reviewer + ', ' + bead.time : '' })));
    const row = el('tr', { class: 'bead ' + bead.state + (bead.flagged ? ' flagged' : ''), tabindex: '-1',
      'data-index': String(b), id: 'bead-' + b }, meta, persian, english);
    row.addEventListener('click', e => { if (!e.target.closest('button, textarea')) select(b); });
    return row;
  }

  function render() {
    const doc = state.doc;
    document.title = doc.name + ' — Hamgam review';
    document.getElementById('doc-name').textContent = '· ' + doc.name + ' · version ' + doc.version;
    document.getElementById('undo').disabled = !doc.canUndo;
    document.getElementById('redo').disabled = !doc.canRedo;
    const shown = doc.beads.filter(visible);
    document.getElementById('progress').textContent = doc.beads.length + ' beads · ' + doc.flagged + ' flagged · '
      + doc.reviewed + ' reviewed · ' + shown.length + ' shown';
    const table = el('table', { class: 'beads' },
      el('thead', {}, el('tr', {}, el('th', { text: 'bead' }), el('th', { text: 'Persian', lang: 'en' }),
        el('th', { text: 'English' }))),
      el('tbody', {}, ...shown.map(beadRow)));
    main.replaceChildren(table);
    state.current = Math.max(0, Math.min(state.current, doc.beads.length - 1));
    if (!visible(doc.beads[state.current] || {})) {
      const next = shown.find(bd => bd.index >= state.current) || shown[shown.length - 1];
      if (next) state.current = next.index;
    }
    select(state.current, true);
  }

  function select(index, keepScroll) {
    const row = document.getElementById('bead-' + index);
    if (!row) return;
    state.current = index;
    main.querySelectorAll('tr.current').forEach(r => r.classList.remove('current'));
    row.classList.add('current');
    row.focus({ preventScroll: true });
    const box = row.getBoundingClientRect();
    const top = document.querySelector('header').getBoundingClientRect().bottom;
    if (!keepScroll || box.top < top || box.bottom > window.innerHeight) {
      // a bead taller than the window is shown from its start, under the header
      row.scrollIntoView({ block: box.height > window.innerHeight - top ? 'start' : 'center' });
    }
  }

  function step(direction, onlyFlagged) {
    const rows = Array.from(main.querySelectorAll('tr.bead'))
      .filter(r => !onlyFlagged || r.classList.contains('flagged'));
    if (!rows.length) {
      if (onlyFlagged) say('No flagged bead');
      return;
    }
    const indices = rows.map(r => Number(r.dataset.index));
    const target = direction > 0 ? indices.find(i => i > state.current) : indices.slice().reverse().find(i => i < state.current);
    if (target === undefined) {
      if (onlyFlagged) say(direction > 0 ? 'No flagged bead below' : 'No flagged bead above');
      return;
    }
    select(target);
  }

  async function send(command) {
    if (state.busy) return;
    state.busy = true;
    try {
      const response = await fetch('/api/documents/' + encodeURIComponent(state.id) + '/edits', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Hamgam-Token': token },
        body: JSON.stringify(Object.assign({ version: state.doc.version }, command))
      });
      const body = await response.json();
      if (response.status === 409) {
        say('Reloaded. ' + body.error, true);
        state.doc = await getJson('/api/documents/' + encodeURIComponent(state.id));
        render();
        return;
      }
      if (!response.ok) {
        say(body.error || response.statusText, true);
        return;
      }
      state.doc = body;
      if (command.bead !== undefined) state.current = command.bead;
      render();
      say(describe(command));
    } catch (e) {
      say('The server did not answer: ' + e.message, true);
    } finally {
      state.busy = false;
    }
  }

  function describe(command) {
    const n = command.bead !== undefined ? ' bead ' + (command.bead + 1) : '';
    return ({ accept: 'Accepted', reject: 'Rejected', merge: 'Merged', split: 'Split', move: 'Moved',
      'no-counterpart': 'Separated', edit: 'Saved', undo: 'Undone', redo: 'Redone' })[command.op] + n;
  }

  function edit() {
    const bead = state.doc.beads[state.current];
    const row = document.getElementById('bead-' + state.current);
    if (!bead || !row || state.editing) return;
    state.editing = true;
    const cell = row.querySelector('td.en');
    const box = el('textarea', { lang: 'en', dir: 'ltr', 'aria-label': 'English of bead ' + (bead.index + 1) });
    box.value = bead.targetText;
    const before = cell.querySelector('.text');
    before.replaceWith(box);
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    const finish = save => {
      state.editing = false;
      if (save && box.value.replace(/\s+/g, ' ').trim() !== bead.targetText) {
        send({ op: 'edit', bead: bead.index, target: box.value.replace(/\s+/g, ' ').trim() });
      } else {
        box.replaceWith(before);
        row.focus();
      }
    };
    box.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); finish(true); }
      else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      e.stopPropagation();
    });
  }

  function keys(e) {
    if (!state.doc || state.editing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.matches('textarea, select, input:not([type=checkbox])')) return;
    const bead = state.doc.beads[state.current];
    const b = state.current;
    const actions = {
      j: () => step(1), ArrowDown: () => step(1), k: () => step(-1), ArrowUp: () => step(-1),
      n: () => step(1, true), p: () => step(-1, true), N: () => step(-1, true),
      a: () => send({ op: 'accept', bead: b }),
      r: () => send({ op: 'reject', bead: b }),
      e: () => edit(), Enter: () => edit(),
      m: () => send({ op: 'merge', bead: b }),
      s: () => send({ op: 'split', bead: b, side: 'source', at: 1 }),
      S: () => send({ op: 'split', bead: b, side: 'target', at: 1 }),
      '[': () => send({ op: 'move', bead: b, side: 'source', to: 'previous' }),
      ']': () => send({ op: 'move', bead: b, side: 'source', to: 'next' }),
      '{': () => send({ op: 'move', bead: b, side: 'target', to: 'previous' }),
      '}': () => send({ op: 'move', bead: b, side: 'target', to: 'next' }),
      x: () => send({ op: 'no-counterpart', bead: b, side: 'source' }),
      u: () => send({ op: 'undo' }), U: () => send({ op: 'redo' }),
      f: () => toggle('only-flagged'), v: () => toggle('only-pending'), o: () => toggle('show-original'),
      '?': () => { const h = document.getElementById('help'); h.open = !h.open; }
    };
    const action = actions[e.key];
    if (action && (bead || e.key === 'u' || e.key === 'U')) {
      e.preventDefault();
      action();
    }
  }

  function toggle(id) {
    const box = document.getElementById(id);
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
  }

  document.getElementById('only-flagged').addEventListener('change', () => render());
  document.getElementById('only-pending').addEventListener('change', () => render());
  document.getElementById('show-original').addEventListener('change', e => {
    document.body.classList.toggle('show-original', e.target.checked);
    if (state.doc) select(state.current, true);
  });
  document.getElementById('undo').addEventListener('click', () => send({ op: 'undo' }));
  document.getElementById('redo').addEventListener('click', () => send({ op: 'redo' }));
  document.addEventListener('keydown', keys);

  const match = location.pathname.match(/^\/documents\/([^/]+)$/);
  (match ? showDocument(decodeURIComponent(match[1])) : showList()).catch(e => {
    main.replaceChildren(el('p', { class: 'error', text: 'Could not load: ' + e.message }));
  });
})();
