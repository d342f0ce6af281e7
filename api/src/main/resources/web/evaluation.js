// The evaluation page: one stored evaluation by id, with its answer highlighted; printable and
// shareable (whoever opens the link needs a key that may read it). Instructors also see the
// cohort's most similar answers.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  const { el } = Assay;

  async function ready(me) {
    const id = Assay.param('id');
    if (!id) {
      $('evaluation-error').textContent = 'No evaluation id: open this page as /evaluation.html?id=ev_…';
      return;
    }
    const path = '/v1/evaluations/' + encodeURIComponent(id);
    try {
      const [ev, answer] = await Promise.all([Assay.json(path), Assay.json(path + '/answer')]);
      document.title = 'Evaluation ' + ev.id + (ev.candidateId ? ' of ' + ev.candidateId : '') + ' · Assay';
      $('evaluation-title').textContent = 'Evaluation' + (ev.candidateId ? ' of ' + ev.candidateId : '');
      $('evaluation-meta').textContent = ev.id + ' · graded ' + new Date(ev.createdAt).toLocaleString() +
        (ev.cohortId ? ' · cohort ' + ev.cohortId : '') + ' · ' + ev.engine.name + ' ' + ev.engine.version + ', rubric ' + ev.rubric.id + ' ' + ev.rubric.version;
      Assay.renderEvaluation($('result'), ev, answer.answer);
    } catch (err) {
      Assay.showError($('evaluation-error'), err);
      return;
    }
    if (me.role === 'student') return;
    $('similar').hidden = false;
    try {
      const r = await Assay.json(path + '/similar?limit=5');
      if (r.similar.length === 0) {
        $('similar-list').replaceWith(el('p', { id: 'similar-list', class: 'notice' }, 'No other answers in this cohort yet.'));
        return;
      }
      $('similar-list').replaceChildren(...r.similar.map(s => el('li', {},
        el('a', { href: '/evaluation.html?id=' + encodeURIComponent(s.id) }, s.candidateId || s.id),
        ' · ' + Math.round(s.similarity * 100) + ' % similar · ' + s.id)));
      if (location.hash === '#similar') $('similar').scrollIntoView();
    } catch (err) {
      Assay.showError($('similar-error'), err);
    }
  }

  $('print').addEventListener('click', () => window.print());
  Assay.start('evaluation', ready);
})();
