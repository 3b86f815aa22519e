// Exercise of lesson m3-03-pinning: every base image and Compose image names a version (one of
// them by digest), the build does not upgrade packages on its own, and dependencies install
// from a lock file or exact versions.
import { parseImageRef, type ImageRef } from '../../dockerfile/imageRef';
import type { DockerfileModel } from '../../dockerfile/model';
import { programOf, type ShellCommand } from '../../dockerfile/shell';
import { mapGet, scalarText } from '../../compose/model';
import { composeFiles, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

function pinned(ref: ImageRef): boolean {
  if (ref.isScratch || ref.usesVariable) return true;
  if (ref.digest !== undefined) return DIGEST.test(ref.digest);
  return ref.tag !== undefined && ref.tag !== '' && ref.tag !== 'latest';
}

/** FROM references that name an image (not an earlier stage). */
function baseImages(model: DockerfileModel): ImageRef[] {
  return model.stages.filter((s) => {
    const earlier = model.stageIndex(s.base.name);
    return earlier === undefined || earlier >= s.index;
  }).map((s) => s.base);
}

function rest(c: ShellCommand): string[] {
  const p = programOf(c);
  return p ? c.words.slice(p.index + 1).map((w) => w.value) : [];
}

function upgrades(c: ShellCommand): boolean {
  const p = programOf(c)?.name;
  const r = rest(c);
  if (p === 'apt-get' || p === 'apt') return r.some((w) => w === 'upgrade' || w === 'dist-upgrade' || w === 'full-upgrade');
  if (p === 'apk') return r.includes('upgrade');
  if (p === 'yum' || p === 'dnf' || p === 'microdnf') return r.some((w) => w === 'upgrade' || w === 'update' || w === 'distro-sync');
  return false;
}

/** `npm install` without package names, yarn without a frozen lock file, pip with unpinned names. */
function floatingInstall(c: ShellCommand): boolean {
  const p = programOf(c)?.name ?? '';
  const r = rest(c);
  const operands = (from: number) => r.slice(from).filter((w) => !w.startsWith('-'));
  if (p === 'npm' && (r[0] === 'install' || r[0] === 'i')) return operands(1).length === 0;
  if (p === 'yarn' && (r.length === 0 || r[0] === 'install')) return !r.some((w) => w === '--frozen-lockfile' || w === '--immutable');
  const pip = /^pip3?(\.\d+)?$/.test(p) ? 0 : /^python3?(\.\d+)?$/.test(p) && r[0] === '-m' && /^pip3?$/.test(r[1] ?? '') ? 2 : -1;
  if (pip >= 0 && r[pip] === 'install') {
    const args = r.slice(pip + 1);
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const w = args[i] as string;
      if (w === '-r' || w === '--requirement' || w === '-c' || w === '--constraint' || w === '-e' || w === '--editable'
        || w === '-i' || w === '--index-url' || w === '--extra-index-url' || w === '-t' || w === '--target' || w === '--prefix') { i++; continue; }
      if (w.startsWith('-')) continue;
      names.push(w.replace(/^["']|["']$/g, ''));
    }
    return names.some((n) => !/==|@|\.whl$|^\.{1,2}(\/|$)|^\/|\.tar\.gz$|\.zip$/.test(n));
  }
  return false;
}

function runCommands(model: DockerfileModel): ShellCommand[] {
  return model.instructions.filter((i) => i.keyword === 'RUN' && !i.execForm).flatMap((i) => model.commands(i));
}

export const check: ExerciseCheck = {
  id: 'm3-03-pinned-versions',
  kind: 'files',
  run(files): Criterion[] {
    const models = dockerfiles(files).map((d) => d.model);
    const any = models.some((m) => m.stages.length > 0);
    const bases = models.flatMap(baseImages);
    const composeImages = composeFiles(files).flatMap(({ model }) => model.services.flatMap((svc) => {
      const text = scalarText(mapGet(model.doc, svc.value, 'image')?.value);
      return text === undefined ? [] : [parseImageRef(text, model.rangeOf(null))];
    }));
    const commands = models.flatMap(runCommands);
    return [
      criterion('versions-pinned', any && [...bases, ...composeImages].every(pinned),
        'Every FROM line, and every image: key in Compose, names a version tag other than latest (for example python:3.12-slim), or a digest.',
        'Каждая строка FROM и каждый ключ image: в Compose указывают тег версии, отличный от latest (например, python:3.12-slim), или дайджест.'),
      criterion('one-digest', bases.some((b) => b.digest !== undefined && DIGEST.test(b.digest)),
        'At least one FROM line pins its base by digest, tag kept for readers: FROM python:3.12-slim@sha256:<64 hex digits>.',
        'Хотя бы одна строка FROM закрепляет базовый образ дайджестом, оставляя тег для читателя: FROM python:3.12-slim@sha256:<64 шестнадцатеричных цифры>.'),
      criterion('no-upgrade', any && !commands.some(upgrades),
        'No RUN upgrades packages on its own (apt-get upgrade, apk upgrade, dnf update): get fixes by rebuilding on a newer base tag instead.',
        'Ни один RUN не обновляет пакеты сам (apt-get upgrade, apk upgrade, dnf update): исправления приходят через пересборку на более новом теге базы.'),
      criterion('locked-dependencies', any && !commands.some(floatingInstall),
        'Dependencies install from a lock file or exact versions: npm ci instead of npm install, yarn with --frozen-lockfile or --immutable, pip install -r requirements.txt or name==version.',
        'Зависимости ставятся по lock-файлу или точным версиям: npm ci вместо npm install, yarn с --frozen-lockfile или --immutable, pip install -r requirements.txt или имя==версия.'),
    ];
  },
};
