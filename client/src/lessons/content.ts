// Reads a lesson file and renders it for the webview: markdown-it with raw HTML disabled,
// diagrams only from media/diagrams, links only to other lessons, code blocks with actions.
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import type { Lang } from '../i18n';

export interface QuizQuestion { level: string; q: string; choices: string[]; answer: number; why: string }
export interface LessonFile {
  id: string; title: string; minutes: number; objectives: string[]; rules: string[];
  exercise?: { kind: 'files' | 'engine'; check: string }; quiz: QuizQuestion[]; body: string;
}
export interface CodeBlock { lang: string; file?: string; text: string }
export interface Rendered { html: string; code: CodeBlock[] }

export function parseLessonFile(text: string): LessonFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const meta = (m ? parse(m[1] as string) : {}) as Partial<LessonFile>;
  const quiz = Array.isArray(meta.quiz) ? meta.quiz.filter((q): q is QuizQuestion =>
    typeof q?.q === 'string' && Array.isArray(q.choices) && Number.isInteger(q.answer)) : [];
  return {
    id: String(meta.id ?? ''), title: String(meta.title ?? ''), minutes: Number(meta.minutes ?? 0),
    objectives: Array.isArray(meta.objectives) ? meta.objectives.map(String) : [],
    rules: Array.isArray(meta.rules) ? meta.rules.map(String) : [],
    ...(meta.exercise ? { exercise: meta.exercise } : {}),
    quiz,
    body: m ? text.slice(m[0].length) : text,
  };
}

export const slugify = (s: string): string => s.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const DIAGRAM = /^media:diagrams\/([\w-]+\.svg)$/;
const LESSON_LINK = /^lesson:([a-z0-9-]+)(?:#([\p{L}\p{N}-]+))?$/u;

/**
 * Diagrams are inlined, not loaded with <img>: inside an <img> an SVG cannot inherit the theme's
 * text colour, so `currentColor` would be black on a dark theme. They are our own files (the
 * lesson tests reject scripts and external references in them).
 */
export function renderLesson(body: string, lang: Lang, diagramSvg: (name: string) => string | undefined): Rendered {
  const code: CodeBlock[] = [];
  // `<!-- anchor: slug -->` under a translated heading keeps the English section link working.
  const anchors = new Map<number, string>();
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const a = /^\s*<!--\s*anchor:\s*([\w-]+)\s*-->\s*$/.exec(line);
    if (a) { anchors.set(kept.length - 1, a[1] as string); continue; }
    kept.push(line);
  }
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const label = (en: string, ru: string) => (lang === 'ru' ? ru : en);
  md.renderer.rules.heading_open = (tokens, idx) => {
    const t = tokens[idx];
    const inline = tokens[idx + 1];
    if (!t || !inline) return '';
    const slug = slugify(inline.content);
    const extra = t.map ? anchors.get(t.map[0]) : undefined;
    return `${extra ? `<a id="${escape(extra)}"></a>` : ''}<${t.tag} id="${escape(slug)}">`;
  };
  md.renderer.rules.fence = (tokens, idx) => {
    const t = tokens[idx];
    if (!t) return '';
    const [langName = '', ...attrs] = t.info.trim().split(/\s+/);
    const file = attrs.map((a) => /^file=(.+)$/.exec(a)?.[1]).find(Boolean);
    const i = code.push(file ? { lang: langName, file, text: t.content } : { lang: langName, text: t.content }) - 1;
    const create = file ? `<button class="create" data-create="${i}">${escape(label(`Create ${file} in my workspace`, `Создать ${file} в моей папке`))}</button>` : '';
    return `<div class="code"><div class="code-bar"><span class="code-lang">${escape(file ?? langName)}</span><button class="copy" data-copy="${i}">${escape(label('Copy', 'Копировать'))}</button>${create}</div><pre><code>${escape(t.content)}</code></pre></div>`;
  };
  md.renderer.rules.image = (tokens, idx) => {
    const t = tokens[idx];
    const src = String(t?.attrGet('src') ?? '');
    const m = DIAGRAM.exec(src);
    const svg = m ? diagramSvg(m[1] as string) : undefined;
    if (!t || !svg) return '';
    const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg\b/, `<svg role="img" aria-label="${escape(t.content)}"`);
    return `<span class="diagram">${inner}</span>`;
  };
  md.renderer.rules.link_open = (tokens, idx) => {
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    const m = LESSON_LINK.exec(href);
    return m ? `<a href="#" data-lesson="${escape(m[1] as string)}"${m[2] ? ` data-section="${escape(m[2])}"` : ''}>` : '<span class="ext-link">';
  };
  md.renderer.rules.link_close = (tokens, idx) => {
    let depth = 0;
    for (let i = idx - 1; i >= 0; i--) {
      const tok = tokens[i];
      if (tok?.type === 'link_close') depth++;
      if (tok?.type === 'link_open') {
        if (depth === 0) return LESSON_LINK.test(String(tok.attrGet('href') ?? '')) ? '</a>' : '</span>';
        depth--;
      }
    }
    return '</span>';
  };
  return { html: md.render(kept.join('\n')), code };
}
