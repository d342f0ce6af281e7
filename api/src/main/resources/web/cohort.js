// The cohort page: the report (grade chart, step means, most missed criteria), the candidates
// table, the grade book download and a batch upload with its progress.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  const { el } = Assay;
  const SVG = 'http://www.w3.org/2000/svg';
  let cohort = null;
  let rows = [];
  let sort = { key: 'candidateId', dir: 1 };

  function ready(me) {
    for (const c of me.cohorts) $('cohort-options').append(el('option', { value: c }));
    const wanted = Assay.param('cohort') || (me.cohorts.length === 1 ? me.cohorts[0] : null);
    if (wanted) {
      $('cohort-id').value = wanted;
      show(wanted);
    }
  }

  $('cohort-form').addEventListener('submit', e => {
    e.preventDefault();
    const c = $('cohort-id').value.trim();
    if (!c) {
      $('cohort-error').textContent = 'Cohort id: type the cohort to show.';
      return;
    }
    history.replaceState(null, '', '?cohort=' + encodeURIComponent(c));
    show(c);
  });

  async function show(c) {
    cohort = c;
    Assay.clearError($('cohort-error'));
    const base = '/v1/cohorts/' + encodeURIComponent(c);
    try {
      const [report, list] = await Promise.all([Assay.json(base + '/report'), Assay.json(base + '/candidates')]);
      renderReport(report);
      rows = list.candidates;
      renderTable();
      $('cohort-view').hidden = false;
    } catch (err) {
      $('cohort-view').hidden = true;
      Assay.showError($('cohort-error'), err);
    }
  }

  function renderReport(r) {
    $('cohort-summary').textContent = 'Cohort ' + r.cohortId + ': ' + r.candidates + ' candidate' + (r.candidates === 1 ? '' : 's') +
      ', ' + r.evaluations + ' evaluation' + (r.evaluations === 1 ? '' : 's') + ' (' + r.basis + ').';
    $('grade-chart').replaceChildren(chart(r.grades));
    $('total-stats').textContent = r.total
      ? 'Total: mean ' + Assay.fmt(r.total.mean) + ', sd ' + Assay.fmt(r.total.sd) + ', median ' + Assay.fmt(r.total.median) +
        ', from ' + Assay.fmt(r.total.min) + ' to ' + Assay.fmt(r.total.max) + '.'
      : 'No evaluations yet.';
    $('step-means').replaceChildren(...r.steps.map(s => Assay.bar(Assay.title(s.step), s.score ? s.score.mean : 0, s.maxPoints,
      s.score ? Assay.fmt(s.score.mean) + ' / ' + Assay.fmt(s.maxPoints) : '–')));
    counts($('most-missing'), r.mostMissing);
    counts($('most-violated'), r.mostViolated);
  }

  function counts(list, items) {
    if (items.length === 0) {
      list.replaceChildren(el('li', { class: 'notice' }, 'None.'));
      return;
    }
    list.replaceChildren(...items.map(x => el('li', {}, el('span', { class: 'criterion-id' }, x.criterion),
      ': ' + x.count + ' candidate' + (x.count === 1 ? '' : 's') + ' (' + Math.round(x.share * 100) + ' %)')));
  }

  /** A bar chart of the grade counts, in SVG, described in words for screen readers. */
  function chart(grades) {
    const w = 480, h = 230, left = 36, bottom = 44, top = 22;
    const max = Math.max(1, ...grades.map(g => g.count));
    const words = grades.map(g => 'grade ' + g.grade + ' (' + g.label + '): ' + g.count).join(', ');
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('class', 'chart');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Candidates per grade: ' + words);
    const add = (tag, attrs, text) => {
      const n = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
      if (text !== undefined) n.textContent = text;
      svg.append(n);
      return n;
    };
    add('line', { x1: left, y1: h - bottom, x2: w - 8, y2: h - bottom, class: 'axis' });
    const slot = (w - left - 8) / grades.length;
    grades.forEach((g, i) => {
      const bh = ((h - bottom - top) * g.count) / max;
      const x = left + i * slot + slot * 0.2;
      add('rect', { x, y: h - bottom - bh, width: slot * 0.6, height: Math.max(bh, 0), class: 'chart-bar', 'data-grade': g.grade, 'data-count': g.count });
      add('text', { x: x + slot * 0.3, y: h - bottom - bh - 6, 'text-anchor': 'middle' }, String(g.count));
      add('text', { x: x + slot * 0.3, y: h - bottom + 18, 'text-anchor': 'middle' }, 'Grade ' + g.grade);
      add('text', { x: x + slot * 0.3, y: h - bottom + 35, 'text-anchor': 'middle' }, g.label || '');
    });
    return svg;
  }

  const COLUMNS = [
    { key: 'candidateId', text: 'Candidate', value: r => r.candidateId || '' },
    { key: 'total', text: 'Total', value: r => r.total, numeric: true },
    { key: 'grade', text: 'Grade', value: r => r.grade, numeric: true },
  ].concat(Assay.STEPS.map(s => ({ key: s, text: Assay.title(s), value: r => (r.steps[s] === undefined ? -1 : r.steps[s]), numeric: true })))
    .concat([{ key: 'createdAt', text: 'Graded', value: r => r.createdAt }]);

  function renderTable() {
    $('candidates-head').replaceChildren(...COLUMNS.map(c => el('th', {
      scope: 'col', 'data-key': c.key, 'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none',
    }, el('button', { type: 'button', onclick: () => sortBy(c.key) }, c.text))));
    const col = COLUMNS.find(c => c.key === sort.key);
    const sorted = rows.slice().sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      const d = col.numeric ? x - y : String(x).localeCompare(String(y));
      return d !== 0 ? d * sort.dir : a.evaluationId.localeCompare(b.evaluationId);
    });
    const body = $('candidates').tBodies[0];
    if (sorted.length === 0) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'notice' }, 'No candidates yet.')));
      return;
    }
    body.replaceChildren(...sorted.map(r => el('tr', { 'data-evaluation': r.evaluationId },
      el('th', { scope: 'row' }, el('a', { href: '/evaluation.html?id=' + encodeURIComponent(r.evaluationId) }, r.candidateId || '(no candidate) ' + r.evaluationId)),
      el('td', {}, Assay.fmt(r.total)),
      el('td', {}, r.grade + ' · ' + r.gradeLabel),
      Assay.STEPS.map(s => el('td', {}, r.steps[s] === undefined ? '–' : Assay.fmt(r.steps[s]))),
      el('td', {}, new Date(r.createdAt).toLocaleString()))));
  }

  function sortBy(key) {
    sort = { key, dir: sort.key === key ? -sort.dir : 1 };
    renderTable();
    const button = document.querySelector('#candidates-head th[data-key="' + key + '"] button');
    if (button) button.focus();
  }

  $('download-csv').addEventListener('click', async () => {
    if (!cohort) return;
    $('download-status').textContent = 'Preparing the grade book…';
    try {
      const res = await Assay.api('/v1/cohorts/' + encodeURIComponent(cohort) + '/gradebook.csv');
      const disposition = res.headers.get('Content-Disposition') || '';
      const m = disposition.match(/filename="([^"]+)"/);
      const name = m ? m[1] : 'gradebook.csv';
      const url = URL.createObjectURL(await res.blob());
      const a = el('a', { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      $('download-status').textContent = 'Downloaded ' + name + '.';
    } catch (err) {
      $('download-status').textContent = '';
      Assay.showError($('cohort-error'), err);
    }
  });

  /** The file's submissions with this cohort filled in where a line names none. */
  function withCohort(text, c) {
    const fill = o => (o && typeof o === 'object' && !Array.isArray(o) && !('cohortId' in o) ? Object.assign({}, o, { cohortId: c }) : o);
    if (text.trimStart().startsWith('[')) {
      try {
        return { body: JSON.stringify(JSON.parse(text).map(fill)), type: 'application/json' };
      } catch (e) {
        return { body: text, type: 'application/json' };
      }
    }
    const lines = text.split(/\r?\n/).filter(l => l.trim() !== '').map(line => {
      try {
        return JSON.stringify(fill(JSON.parse(line)));
      } catch (e) {
        return line; // the server reports a malformed line by its index, and grades the rest
      }
    });
    return { body: lines.join('\n') + '\n', type: 'application/x-ndjson' };
  }

  $('batch-form').addEventListener('submit', async e => {
    e.preventDefault();
    Assay.clearError($('batch-error'));
    const file = $('batch-file').files[0];
    if (!file) {
      $('batch-error').textContent = 'JSON lines file: choose a file first.';
      return;
    }
    $('batch-upload').disabled = true;
    try {
      const { body, type } = withCohort(await file.text(), cohort);
      const batch = await Assay.json('/v1/batches', { method: 'POST', headers: { 'Content-Type': type }, body });
      $('batch-progress-box').hidden = false;
      $('batch-failures').replaceChildren();
      await follow(batch);
    } catch (err) {
      Assay.showError($('batch-error'), err);
    } finally {
      $('batch-upload').disabled = false;
    }
  });

  async function follow(batch) {
    const progress = $('batch-progress');
    progress.dataset.state = 'running';
    for (;;) {
      progress.max = batch.total;
      progress.value = batch.done + batch.failed;
      $('batch-status').textContent = (batch.status === 'done' ? 'Done: ' : 'Grading: ') + batch.done + ' of ' + batch.total + ' graded' +
        (batch.failed ? ', ' + batch.failed + ' failed' : '') + '.';
      if (batch.status === 'done') break;
      await new Promise(r => setTimeout(r, 250));
      batch = await Assay.json('/v1/batches/' + encodeURIComponent(batch.id));
    }
    progress.dataset.state = 'done';
    $('batch-failures').replaceChildren(...(batch.items || []).filter(i => i.error).map(i =>
      el('li', { class: 'error' }, 'Line ' + (i.index + 1) + ': ' + i.error.detail)));
    await show(cohort);
  }

  Assay.start('cohort', ready);
})();
