// The grade page: paste or upload an answer, pick or type a prompt, grade it, see the evaluation.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  const { el } = Assay;

  function ready(me) {
    Assay.json('/v1/prompts').then(r => {
      const custom = $('prompt').querySelector('option[value="custom"]');
      for (const p of r.prompts) {
        const text = p.text.length > 90 ? p.text.slice(0, 88) + '…' : p.text;
        $('prompt').insertBefore(el('option', { value: p.id }, p.id + ': ' + text), custom);
      }
      const wanted = Assay.param('prompt');
      if (wanted && r.prompts.some(p => p.id === wanted)) $('prompt').value = wanted;
    }).catch(err => Assay.showError($('grade-error'), err));
    if (me.role !== 'student') {
      $('who-fields').hidden = false;
      $('candidate').required = me.role === 'instructor';
      for (const c of me.cohorts) $('cohort-options').append(el('option', { value: c }));
      if (me.cohorts.length === 1) $('cohort').value = me.cohorts[0];
      if (me.role === 'admin') $('candidate-hint').textContent = 'Whose answer this is (optional for an admin key).';
    }
  }

  $('prompt').addEventListener('change', () => {
    $('prompt-text-field').hidden = $('prompt').value !== 'custom';
  });

  $('answer-file').addEventListener('change', async () => {
    const file = $('answer-file').files[0];
    if (!file) return;
    try {
      $('answer').value = await file.text();
      $('grade-status').textContent = 'Loaded ' + file.name + ' (' + $('answer').value.length + ' characters).';
    } catch (e) {
      $('grade-error').textContent = 'Cannot read ' + file.name + ': ' + e.message;
    }
  });

  $('grade-form').addEventListener('submit', async e => {
    e.preventDefault();
    Assay.clearError($('grade-error'));
    const answer = $('answer').value;
    if (answer.trim() === '') {
      $('grade-error').textContent = 'Answer: paste an answer or upload a file first.';
      $('answer').focus();
      return;
    }
    const body = { answer };
    const prompt = $('prompt').value;
    if (prompt === 'custom') {
      if ($('prompt-text').value.trim() === '') {
        $('grade-error').textContent = 'Your prompt: type the prompt, or pick one from the list.';
        $('prompt-text').focus();
        return;
      }
      body.promptText = $('prompt-text').value;
    } else if (prompt) {
      body.promptId = prompt;
    }
    const me = Assay.me();
    if (me && me.role !== 'student') {
      if ($('candidate').value.trim()) body.candidateId = $('candidate').value.trim();
      if ($('cohort').value.trim()) body.cohortId = $('cohort').value.trim();
    }
    $('grade-button').disabled = true;
    $('grade-status').textContent = 'Grading…';
    try {
      const ev = await Assay.json('/v1/evaluations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      Assay.renderEvaluation($('result'), ev, answer);
      $('result').hidden = false;
      const link = '/evaluation.html?id=' + encodeURIComponent(ev.id);
      $('share').replaceChildren(el('p', {}, 'Stored as ', el('a', { href: link, id: 'share-link' }, ev.id),
        ' (a page you can share and print)' + (ev.candidateId ? ', for candidate ' + ev.candidateId : '') + (ev.cohortId ? ' in cohort ' + ev.cohortId : '') + '.'));
      $('share').hidden = false;
      $('grade-status').textContent = 'Graded: ' + Assay.fmt(ev.score.total) + ' / ' + Assay.fmt(ev.score.max) + ', grade ' + ev.score.grade + '.';
      $('score-title').scrollIntoView({ block: 'start' });
    } catch (err) {
      $('grade-status').textContent = '';
      Assay.showError($('grade-error'), err);
    } finally {
      $('grade-button').disabled = false;
    }
  });

  Assay.start('grade', ready);
})();
