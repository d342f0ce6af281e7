// The search page: a Lucene query over the answers the key may read, with each hit's passages
// and the matched words marked, linking to the evaluations and their similar answers.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  const { el } = Assay;

  function ready(me) {
    for (const c of me.cohorts) $('cohort-options').append(el('option', { value: c }));
    const q = Assay.param('q');
    if (Assay.param('cohort')) $('search-cohort').value = Assay.param('cohort');
    if (q) {
      $('q').value = q;
      search();
    }
  }

  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const params = new URLSearchParams();
    params.set('q', $('q').value);
    if ($('search-cohort').value.trim()) params.set('cohort', $('search-cohort').value.trim());
    history.replaceState(null, '', '?' + params);
    search();
  });

  /** A passage with its matches marked; match offsets are into the whole answer. */
  function snippet(s) {
    const out = el('blockquote', { class: 'snippet' });
    let at = s.start;
    for (const m of s.matches) {
      const a = Math.max(m.start, at), b = Math.min(m.end, s.end);
      if (b <= a) continue;
      out.append(s.text.slice(at - s.start, a - s.start), el('mark', {}, s.text.slice(a - s.start, b - s.start)));
      at = b;
    }
    out.append(s.text.slice(at - s.start));
    return out;
  }

  async function search() {
    Assay.clearError($('search-error'));
    const q = $('q').value;
    if (q.trim() === '') {
      $('search-error').textContent = 'Query: type what to look for.';
      $('q').focus();
      return;
    }
    const params = new URLSearchParams({ q, limit: '20' });
    if ($('search-cohort').value.trim()) params.set('cohortId', $('search-cohort').value.trim());
    $('search-count').textContent = 'Searching…';
    try {
      const r = await Assay.json('/v1/search?' + params);
      $('search-count').textContent = r.matched + ' answer' + (r.matched === 1 ? '' : 's') + ' matched' +
        (r.results.length < r.matched ? '; the best ' + r.results.length + ' are shown' : '') + '.';
      $('results').replaceChildren(...r.results.map(h => {
        const link = '/evaluation.html?id=' + encodeURIComponent(h.id);
        return el('li', { class: 'hit', 'data-evaluation': h.id },
          el('h2', {}, el('a', { href: link }, h.candidateId || h.id)),
          el('p', { class: 'meta' }, (h.cohortId ? 'cohort ' + h.cohortId + ' · ' : '') + 'total ' + Assay.fmt(h.total) + ' · grade ' + h.grade + ' · ' + h.id),
          h.snippets.map(snippet),
          el('p', {}, el('a', { href: link + '#similar' }, 'Similar answers to ' + (h.candidateId || h.id))));
      }));
    } catch (err) {
      $('search-count').textContent = '';
      $('results').replaceChildren();
      Assay.showError($('search-error'), err);
    }
  }

  Assay.start('search', ready);
})();
