// Links from findings and hovers to lessons (contracts note): a command URI that the client's
// dockerCoach.openLesson command handles. No https links: the extension makes no requests.
export const OPEN_LESSON_COMMAND = 'dockerCoach.openLesson';

export function lessonArgs(lesson: string): [string] | [string, string] {
  const [id, section] = lesson.split('#') as [string, string | undefined];
  return section ? [id, section] : [id];
}

export function lessonCommandUri(lesson: string): string {
  return `command:${OPEN_LESSON_COMMAND}?${encodeURIComponent(JSON.stringify(lessonArgs(lesson)))}`;
}
