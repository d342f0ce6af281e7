// Assay web pages: what every page shares. The API key typed once is kept in this tab's
// sessionStorage and sent as "Authorization: Bearer <key>" on every API call; the pages themselves
// load without it. Errors from the API are problem+json: their detail is shown as it is.
'use strict';

const Assay = (() => {
  const KEY = 'assay.key';
  const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
  const STATUS_TEXT = { met: 'met', partial: 'partial', missing: 'missing', violated: 'violated', not_applicable: 'not applicable' };
  const STATUS_SYMBOL = { met: '✓', partial: '◐', missing: '○', violated: '✗', not_applicable: '–' };
  const SEVERITIES = ['error', 'warning', 'info', 'praise'];
  const SEVERITY_TEXT = { error: 'Errors', warning: 'Warnings', info: 'Notes', praise: 'Praise' };
  // A finding's spans are coloured like the status its severity stands for.
  const SEVERITY_KIND = { error: 'violated', warning: 'partial', info: 'info', praise: 'met' };
  const KIND_RANK = { violated: 4, partial: 3, met: 2, info: 1 };
  const PAGES = [
    { href: '/', name: 'grade', text: 'Grade', roles: ['admin', 'instructor', 'student'] },
    { href: '/cohort.html', name: 'cohort', text: 'Cohort', roles: ['admin', 'instructor'] },
    { href: '/search.html', name: 'search', text: 'Search', roles: ['admin', 'instructor'] },
  ];

  let me = null;

  /** A failed API call: the HTTP status and the problem the server sent. */
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && problem.detail ? problem.detail : 'the server answered ' + status);
      this.status = status;
      this.problem = problem || {};
    }
  }

  function key() {
    return sessionStorage.getItem(KEY);
  }

  /** Creates an element with attributes and children (strings become text). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Calls the API with the session's key; resolves to the response, or rejects with an ApiError. */
  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    const k = key();
    if (k) headers.Authorization = 'Bearer ' + k;
    let res;
    try {
      res = await fetch(path, Object.assign({}, options, { headers }));
    } catch (e) {
      throw new ApiError(0, { title: 'Network error', detail: 'cannot reach the Assay server (' + e.message + ')' });
    }
    if (res.ok) return res;
    let problem = null;
    try {
      problem = await res.json();
    } catch (e) {
      problem = { status: res.status, detail: 'the server answered ' + res.status };
    }
    const err = new ApiError(res.status, problem);
    if (res.status === 401) {
      sessionStorage.removeItem(KEY);
      askForKey('The key was refused: ' + err.message + '. Enter a valid key.');
    }
    throw err;
  }

  async function json(path, options) {
    return (await api(path, options)).json();
  }

  /** Says what went wrong, in words, in the given alert element. */
  function showError(target, err) {
    let text = err instanceof ApiError ? err.message : String(err && err.message ? err.message : err);
    if (err instanceof ApiError && err.status === 403) {
      text = 'Not allowed for this key' + (me ? ' (' + me.role + ')' : '') + ': ' + err.message;
    } else if (err instanceof ApiError && err.status === 401) {
      text = 'The key was refused: ' + err.message;
    } else if (err instanceof ApiError && err.problem && err.problem.field) {
      text = text + ' (field: ' + err.problem.field + ')';
    }
    if (err instanceof ApiError && err.problem && err.problem.limit) {
      text = text + ' [limit: ' + err.problem.limit + ']';
    }
    target.textContent = text;
  }

  function clearError(target) {
    target.textContent = '';
  }

  // ---- Page frame: header, navigation, key dialog ----

  function frame(page) {
    const nav = el('nav', { 'aria-label': 'Pages' },
      el('ul', {}, PAGES.map(p => el('li', { 'data-roles': p.roles.join(' ') },
        el('a', { href: p.href, 'aria-current': p.name === page ? 'page' : null, text: p.text })))));
    const who = el('div', { class: 'who', id: 'who' },
      el('span', { id: 'who-text', text: 'No key yet' }),
      el('button', { type: 'button', class: 'secondary', id: 'change-key', onclick: () => askForKey('') }, 'Change key'));
    const header = el('header', { class: 'top' }, el('a', { class: 'brand', href: '/' }, 'Assay'), nav, who);
    document.body.prepend(el('a', { class: 'skip', href: '#main' }, 'Skip to content'), header);

    const dialog = el('dialog', { id: 'key-dialog', 'aria-labelledby': 'key-title', 'aria-describedby': 'key-help' },
      el('form', { id: 'key-form', method: 'dialog' },
        el('h2', { id: 'key-title' }, 'Your API key'),
        el('p', { id: 'key-help' }, 'Assay needs an API key (ak_…) to grade and read evaluations. It is kept for this browser tab only and sent to this server alone.'),
        el('div', { class: 'field' },
          el('label', { for: 'key-input' }, 'API key'),
          el('input', { id: 'key-input', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true })),
        el('p', { id: 'key-error', class: 'error', role: 'alert' }),
        el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'key-submit' }, 'Use this key'))));
    dialog.addEventListener('cancel', e => { if (!key()) e.preventDefault(); });
    dialog.querySelector('form').addEventListener('submit', onKeySubmit);
    document.body.append(dialog);
  }

  let whenReady = null;

  function askForKey(message) {
    const dialog = document.getElementById('key-dialog');
    if (!dialog) return;
    document.getElementById('key-error').textContent = message || '';
    document.getElementById('key-input').value = '';
    if (!dialog.open) dialog.showModal();
    document.getElementById('key-input').focus();
  }

  async function onKeySubmit(e) {
    e.preventDefault();
    const input = document.getElementById('key-input');
    const error = document.getElementById('key-error');
    const value = input.value.trim();
    if (!value) {
      error.textContent = 'Enter a key.';
      return;
    }
    const hadKey = me !== null;
    const button = document.getElementById('key-submit');
    button.disabled = true;
    error.textContent = 'Checking the key…';
    try {
      const res = await fetch('/v1/me', { headers: { Authorization: 'Bearer ' + value } });
      if (res.status === 401) {
        const p = await res.json().catch(() => ({}));
        error.textContent = 'That key was not accepted: ' + (p.detail || 'unknown or revoked key') + '.';
        return;
      }
      if (!res.ok) {
        const p = await res.json().catch(() => ({}));
        error.textContent = 'The server could not check the key: ' + (p.detail || res.status);
        return;
      }
      sessionStorage.setItem(KEY, value);
      document.getElementById('key-dialog').close();
      if (hadKey) {
        location.reload();
      } else {
        accept(await res.json());
      }
    } catch (err) {
      error.textContent = 'Cannot reach the Assay server: ' + err.message;
    } finally {
      button.disabled = false;
    }
  }

  function accept(who) {
    me = who;
    const scope = who.role === 'student' ? 'candidate ' + who.candidateId
      : who.cohorts.length ? 'cohorts ' + who.cohorts.join(', ') : 'all cohorts';
    document.getElementById('who-text').textContent = 'Key ' + who.keyId + ': ' + who.role + ', ' + scope;
    document.body.dataset.role = who.role;
    for (const li of document.querySelectorAll('.top nav li')) {
      li.hidden = !li.dataset.roles.split(' ').includes(who.role);
    }
    if (whenReady) {
      const f = whenReady;
      whenReady = null;
      f(who);
    }
  }

  /** Draws the page frame, then runs {@code ready(me)} once a working key is known. */
  function start(page, ready) {
    frame(page);
    whenReady = ready;
    if (!key()) {
      askForKey('');
      return;
    }
    json('/v1/me').then(accept).catch(err => {
      if (err.status !== 401) askForKey('Cannot check the key: ' + err.message);
    });
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function fmt(x, digits = 1) {
    return Number(x).toFixed(digits).replace(/\.0+$/, '');
  }

  function title(step) {
    return step.charAt(0).toUpperCase() + step.slice(1);
  }

  /** A horizontal bar with its label and value in words. */
  function bar(label, value, max, text) {
    const fill = el('span', { class: 'bar-fill' });
    fill.style.width = (max > 0 ? Math.max(0, Math.min(100, (100 * value) / max)) : 0) + '%';
    return el('li', {}, el('span', { class: 'bar-label' }, label), el('span', { class: 'bar', 'aria-hidden': 'true' }, fill), el('span', { class: 'bar-value' }, text));
  }

  // ---- One evaluation: score, step bars, findings, checklist, highlighted answer ----

  /** The spans to highlight: criteria evidence coloured by status, finding spans by severity. */
  function spansOf(ev) {
    const spans = [];
    for (const step of ev.steps || []) {
      for (const c of step.criteria || []) {
        for (const s of c.evidence || []) {
          if (KIND_RANK[c.status]) spans.push({ start: s.start, end: s.end, kind: c.status, criterion: c.id, finding: null });
        }
      }
    }
    (ev.findings || []).forEach((f, i) => {
      for (const s of f.spans || []) {
        spans.push({ start: s.start, end: s.end, kind: SEVERITY_KIND[f.severity] || 'info', criterion: null, finding: i });
      }
    });
    return spans;
  }

  /**
   * The answer as text nodes and marks: the answer is cut at every span boundary, and each piece
   * covered by spans becomes one mark, coloured by the most serious span covering it and naming
   * every criterion and finding it belongs to.
   */
  function highlight(answer, spans, findings) {
    const n = answer.length;
    const cuts = new Set([0, n]);
    const valid = spans.filter(s => s.start >= 0 && s.end <= n && s.start < s.end);
    for (const s of valid) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const text = answer.slice(a, b);
      const covering = valid.filter(s => s.start <= a && s.end >= b);
      if (covering.length === 0) {
        out.append(text);
        continue;
      }
      let kind = 'info';
      for (const s of covering) if (KIND_RANK[s.kind] > KIND_RANK[kind]) kind = s.kind;
      const criteria = [...new Set(covering.filter(s => s.criterion).map(s => s.criterion + ' (' + STATUS_TEXT[s.kind] + ')'))];
      const found = [...new Set(covering.filter(s => s.finding !== null).map(s => s.finding))];
      const titleParts = criteria.concat(found.map(f => findings[f].severity + ': ' + findings[f].ruleId));
      out.append(el('mark', {
        class: 'hl hl-' + kind,
        tabindex: '-1',
        'data-kind': kind,
        'data-start': a,
        'data-end': b,
        'data-criteria': covering.filter(s => s.criterion).map(s => s.criterion).join(' '),
        'data-findings': found.join(' '),
        title: titleParts.join('; '),
      }, text));
    }
    return out;
  }

  /** Scrolls the first of these marks into view, focuses it and makes them all flash. */
  function flash(marks) {
    if (marks.length === 0) return false;
    for (const m of document.querySelectorAll('mark.hl.flash')) m.classList.remove('flash');
    marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    marks[0].focus({ preventScroll: true });
    for (const m of marks) {
      void m.offsetWidth; // restart the animation if it was running
      m.classList.add('flash');
    }
    clearTimeout(flash.timer);
    flash.timer = setTimeout(() => marks.forEach(m => m.classList.remove('flash')), 2500);
    return true;
  }

  function marksOfFinding(root, i) {
    return [...root.querySelectorAll('mark.hl')].filter(m => m.dataset.findings.split(' ').includes(String(i)));
  }

  function marksOfCriterion(root, id) {
    return [...root.querySelectorAll('mark.hl')].filter(m => m.dataset.criteria.split(' ').includes(id));
  }

  function renderEvaluation(target, ev, answer) {
    target.replaceChildren();
    const s = ev.score;
    const prompt = ev.prompt || {};
    const promptText = prompt.id ? prompt.id : prompt.text ? 'your prompt' : 'none (inferred from the answer)';
    target.append(el('section', { class: 'summary', 'aria-labelledby': 'score-title' },
      el('h2', { id: 'score-title' }, 'Score'),
      el('p', { class: 'total' }, el('span', { id: 'total' }, fmt(s.total)), el('small', {}, ' / ' + fmt(s.max))),
      el('p', { class: 'grade' }, 'Grade ', el('strong', { id: 'grade' }, String(s.grade)), ' · ', el('span', { id: 'grade-label' }, s.gradeLabel)),
      el('p', { class: 'meta' }, 'Prompt: ' + promptText + ' · problem type ' + (prompt.problemType || '?') + ' (' + (prompt.problemTypeSource || '?') + ')' +
        (ev.facts && ev.facts.words ? ' · ' + ev.facts.words + ' words' : ''))));

    target.append(el('section', { 'aria-labelledby': 'steps-title' },
      el('h2', { id: 'steps-title' }, 'Score per step'),
      el('ul', { class: 'bars', id: 'step-bars' }, (ev.steps || []).map(st => bar(title(st.step), st.score, st.max, fmt(st.score) + ' / ' + fmt(st.max))))));

    const answerBox = el('pre', { class: 'answer-text', id: 'answer-text' });
    const findings = ev.findings || [];
    const left = el('div', { class: 'col' });
    const right = el('div', { class: 'col answer-panel' });

    // Findings, grouped by step then severity.
    const findingsSection = el('section', { 'aria-labelledby': 'findings-title', id: 'findings' }, el('h2', { id: 'findings-title' }, 'Findings (' + findings.length + ')'));
    if (findings.length === 0) findingsSection.append(el('p', { class: 'notice' }, 'No findings.'));
    const groups = STEPS.concat(['other']);
    for (const step of groups) {
      const inStep = findings.map((f, i) => ({ f, i })).filter(x => (x.f.step || 'other') === step);
      if (inStep.length === 0) continue;
      findingsSection.append(el('h3', {}, step === 'other' ? 'The whole answer' : title(step)));
      for (const sev of SEVERITIES) {
        const list = inStep.filter(x => x.f.severity === sev);
        if (list.length === 0) continue;
        findingsSection.append(el('h4', {}, SEVERITY_TEXT[sev] + ' (' + list.length + ')'));
        findingsSection.append(el('ul', { class: 'findings-list' }, list.map(({ f, i }) => {
          const hasSpans = (f.spans || []).length > 0;
          const body = [
            el('span', { class: 'finding-text' }, el('span', { class: 'sev-label sev-' + f.severity }, f.severity + ':'), f.message),
            f.suggestion ? el('span', { class: 'suggestion' }, '→ ' + f.suggestion) : null,
            el('span', { class: 'suggestion' }, f.ruleId + (f.criterion ? ' · ' + f.criterion : '') + (hasSpans ? ' · show in the answer' : '')),
          ];
          const item = hasSpans
            ? el('button', { type: 'button', class: 'finding sev-' + f.severity, 'data-finding': i, 'aria-controls': 'answer-text',
                onclick: () => flash(marksOfFinding(answerBox, i)) }, body)
            : el('div', { class: 'finding sev-' + f.severity }, body);
          return el('li', { class: 'finding-item' }, item);
        })));
      }
    }
    left.append(findingsSection);

    // Criteria as a checklist, per step.
    const criteriaSection = el('section', { 'aria-labelledby': 'criteria-title', id: 'criteria' }, el('h2', { id: 'criteria-title' }, 'Criteria'));
    for (const st of ev.steps || []) {
      criteriaSection.append(el('h3', {}, title(st.step)));
      criteriaSection.append(el('ul', { class: 'checklist' }, (st.criteria || []).map(c => {
        const hasEvidence = (c.evidence || []).length > 0;
        const name = hasEvidence
          ? el('button', { type: 'button', class: 'link criterion-id', 'aria-controls': 'answer-text', title: 'Show the evidence in the answer',
              onclick: () => flash(marksOfCriterion(answerBox, c.id)) }, c.id)
          : el('span', { class: 'criterion-id' }, c.id);
        return el('li', { 'data-criterion': c.id, 'data-status': c.status },
          el('span', { class: 'status status-' + c.status }, el('span', { 'aria-hidden': 'true' }, STATUS_SYMBOL[c.status] + ' '), STATUS_TEXT[c.status] || c.status),
          name,
          el('span', { class: 'points' }, fmt(c.points, 2) + ' / ' + fmt(c.maxPoints, 2) + ' pts'));
      })));
    }
    left.append(criteriaSection);

    // The answer, highlighted.
    right.append(el('section', { 'aria-labelledby': 'answer-title' },
      el('h2', { id: 'answer-title' }, 'The answer'),
      el('ul', { class: 'legend', 'aria-label': 'Highlight colours' },
        ['met', 'partial', 'violated', 'info'].map(k => el('li', {}, el('mark', { class: 'hl hl-' + k }, k === 'info' ? 'note' : STATUS_TEXT[k])))),
      answerBox));
    if (typeof answer === 'string') {
      answerBox.append(highlight(answer, spansOf(ev), findings));
    } else {
      answerBox.append('The answer text is not available.');
    }
    target.append(el('div', { class: 'columns' }, left, right));
  }

  return { start, api, json, el, showError, clearError, param, fmt, title, bar, renderEvaluation, highlight, flash, ApiError, STEPS, me: () => me };
})();
