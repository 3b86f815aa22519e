// Lesson page script: sends validated, minimal messages to the extension; renders replies.
(function () {
  const vscode = acquireVsCodeApi();
  const post = (m) => vscode.postMessage(m);
  const num = (v) => Number.parseInt(v, 10);
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-copy],[data-create],[data-lesson],[data-choice],#check') : null;
    if (!el) return;
    e.preventDefault();
    if (el.id === 'check') { el.setAttribute('disabled', ''); post({ type: 'check' }); return; }
    if (el.hasAttribute('data-copy')) post({ type: 'copy', index: num(el.getAttribute('data-copy')) });
    else if (el.hasAttribute('data-create')) post({ type: 'create', index: num(el.getAttribute('data-create')) });
    else if (el.hasAttribute('data-lesson')) {
      const section = el.getAttribute('data-section');
      post(section ? { type: 'open', id: el.getAttribute('data-lesson'), section } : { type: 'open', id: el.getAttribute('data-lesson') });
    } else if (el.hasAttribute('data-choice')) post({ type: 'quiz', question: num(el.getAttribute('data-question')), choice: num(el.getAttribute('data-choice')) });
  });
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'scroll' && typeof m.section === 'string') {
      const target = document.getElementById(m.section);
      if (target) { target.scrollIntoView({ block: 'start' }); target.classList.add('flash'); }
      post({ type: 'scrolled', section: m.section, found: Boolean(target) });
    } else if (m.type === 'checked') {
      const list = document.getElementById('criteria');
      const button = document.getElementById('check');
      if (button) button.removeAttribute('disabled');
      if (!list) return;
      list.textContent = '';
      if (m.error) { const li = document.createElement('li'); li.className = 'fail'; li.textContent = m.error; list.appendChild(li); return; }
      for (const c of m.criteria) {
        const li = document.createElement('li');
        li.className = c.passed ? 'pass' : 'fail';
        li.textContent = (c.passed ? '✔ ' : '✘ ') + c.text;
        list.appendChild(li);
      }
      list.setAttribute('data-passed', String(Boolean(m.passed)));
    } else if (m.type === 'quizResult') {
      const set = document.querySelector(`fieldset[data-question="${num(String(m.question))}"]`);
      if (!set) return;
      set.querySelectorAll('.choice').forEach((b) => b.classList.remove('right', 'wrong'));
      const chosen = set.querySelector(`[data-choice="${num(String(m.choice))}"]`);
      if (chosen) chosen.classList.add(m.correct ? 'right' : 'wrong');
      const fb = set.querySelector('.feedback');
      if (fb) fb.textContent = (m.correct ? '✔ ' : '✘ ') + (typeof m.why === 'string' ? m.why : '');
    }
  });
  post({ type: 'ready' });
})();
