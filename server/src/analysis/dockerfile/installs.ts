// Recognises the commands that install a project's dependencies from its manifest files
// (npm ci, pip install -r requirements.txt, bundle install, go mod download, ...), so rules can
// check where they sit relative to the COPY that brings those files in.
import type { Word } from './model';
import { programOf, type ShellCommand } from './shell';

export interface DependencyInstall {
  /** How the learner would say it: `npm ci`, `pip install -r requirements.txt`. */
  label: string;
  /** The files the install reads, to copy first: `package.json package-lock.json`. */
  manifests: string;
  words: Word[];
}

const isFlag = (w: string): boolean => w.startsWith('-');

/** Arguments after `index` that are not options (packages or paths). */
function operands(words: readonly string[], index: number): string[] {
  return words.slice(index + 1).filter((w) => !isFlag(w));
}

function pipRequirement(words: readonly string[], from: number): string | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-r' || w === '--requirement') return words[i + 1];
    if (w.startsWith('--requirement=')) return w.slice('--requirement='.length);
    if (/^-r\S/.test(w)) return w.slice(2);
  }
  return undefined;
}

export function dependencyInstall(cmd: ShellCommand): DependencyInstall | undefined {
  const p = programOf(cmd);
  if (!p) return undefined;
  const words = cmd.words.map((w) => w.value);
  const rest = words.slice(p.index + 1);
  const sub = rest.find((w) => !isFlag(w));
  const subIndex = sub === undefined ? -1 : words.indexOf(sub, p.index + 1);
  const make = (label: string, manifests: string): DependencyInstall => ({ label, manifests, words: cmd.words });
  switch (p.name) {
    case 'npm':
      if (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean') return make('npm ci', 'package.json package-lock.json');
      if ((sub === 'install' || sub === 'i') && operands(words, subIndex).length === 0 && !words.includes('-g') && !words.includes('--global')) return make(`npm ${sub}`, 'package.json package-lock.json');
      return undefined;
    case 'yarn':
      if (sub === undefined || (sub === 'install' && operands(words, subIndex).length === 0)) return make(sub ? 'yarn install' : 'yarn', 'package.json yarn.lock');
      return undefined;
    case 'pnpm':
      if ((sub === 'install' || sub === 'i') && operands(words, subIndex).length === 0) return make(`pnpm ${sub}`, 'package.json pnpm-lock.yaml');
      return undefined;
    case 'pip': case 'pip3': {
      if (sub !== 'install') return undefined;
      const req = pipRequirement(words, subIndex + 1);
      return req ? make(`pip install -r ${req}`, req) : undefined;
    }
    case 'python': case 'python3': {
      const m = words.indexOf('-m', p.index + 1);
      if (m < 0 || words[m + 1] !== 'pip' || words[m + 2] !== 'install') return undefined;
      const req = pipRequirement(words, m + 3);
      return req ? make(`pip install -r ${req}`, req) : undefined;
    }
    case 'uv':
      if (sub === 'sync') return make('uv sync', 'pyproject.toml uv.lock');
      if (sub === 'pip' && words[subIndex + 1] === 'install') {
        const req = pipRequirement(words, subIndex + 2);
        return req ? make(`uv pip install -r ${req}`, req) : undefined;
      }
      return undefined;
    case 'poetry':
      return sub === 'install' ? make('poetry install', 'pyproject.toml poetry.lock') : undefined;
    case 'pipenv':
      return sub === 'install' || sub === 'sync' ? make(`pipenv ${sub}`, 'Pipfile Pipfile.lock') : undefined;
    case 'bundle': case 'bundler':
      return sub === undefined || sub === 'install' ? make('bundle install', 'Gemfile Gemfile.lock') : undefined;
    case 'go':
      return sub === 'mod' && words[subIndex + 1] === 'download' ? make('go mod download', 'go.mod go.sum') : undefined;
    case 'composer': case 'composer.phar':
      return sub === 'install' ? make('composer install', 'composer.json composer.lock') : undefined;
    case 'mvn': case 'mvnw': {
      const goal = rest.find((w) => /^dependency:(go-offline|resolve|resolve-plugins)$/.test(w));
      return goal ? make(`mvn ${goal}`, 'pom.xml') : undefined;
    }
    case 'cargo':
      return sub === 'fetch' ? make('cargo fetch', 'Cargo.toml Cargo.lock') : undefined;
    case 'dotnet':
      return sub === 'restore' ? make('dotnet restore', '*.csproj') : undefined;
    case 'mix':
      return sub === 'deps.get' ? make('mix deps.get', 'mix.exs mix.lock') : undefined;
    default:
      return undefined;
  }
}
