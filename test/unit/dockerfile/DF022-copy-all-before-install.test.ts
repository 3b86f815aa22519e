import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, findings } from '../helpers';

test('DF022 marks COPY . . that comes before the dependency install', () => {
  const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n';
  const [f] = expectFindings('dockerfile', 'DF022', text, ['3:1-3:9']);
  assert.match(f?.message ?? '', /requirements\.txt first/);
  assert.match(f?.message ?? '', /line 4/);
});

test('DF022 knows npm, yarn, bundler, go and composer, with flags and continuations', () => {
  expectFindings('dockerfile', 'DF022', 'FROM node:22\nCOPY --chown=node:node ./ /app/\nRUN cd /app \\\n    && npm ci --omit=dev\n', ['2:1-2:32']);
  expectFindings('dockerfile', 'DF022', 'FROM node:22\nCOPY . .\nRUN yarn install --frozen-lockfile\n', ['2:1-2:9']);
  expectFindings('dockerfile', 'DF022', 'FROM ruby:3.3\nCOPY . .\nRUN bundle install\n', ['2:1-2:9']);
  expectFindings('dockerfile', 'DF022', 'FROM golang:1.22\nCOPY . .\nRUN go mod download && go build ./...\n', ['2:1-2:9']);
  expectFindings('dockerfile', 'DF022', 'FROM composer:2\nADD . /app\nRUN composer install --no-dev\n', ['2:1-2:11']);
  expectFindings('dockerfile', 'DF022', 'FROM python:3.12\nCOPY . .\nRUN python -m pip install -r requirements.txt\n', ['2:1-2:9']);
});

test('DF022 accepts the cache-friendly order and installs that need the sources', () => {
  const good = 'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n';
  expectFindings('dockerfile', 'DF022', good, []);
  // pip install . builds the project itself; npm install -g adds a tool; COPY --from is not the context.
  expectFindings('dockerfile', 'DF022', 'FROM python:3.12\nCOPY . .\nRUN pip install .\nRUN npm install -g pnpm\n', []);
  expectFindings('dockerfile', 'DF022', 'FROM node:22 AS build\nRUN echo\nFROM node:22\nCOPY --from=build /app .\nRUN npm ci\n', []);
  // A new stage starts over.
  expectFindings('dockerfile', 'DF022', 'FROM node:22 AS a\nCOPY . .\nFROM node:22\nCOPY package.json ./\nRUN npm ci\n', []);
});

test('DF022 leaves heredocs alone', () => {
  assert.deepEqual(findings('dockerfile', 'FROM node:22\nCOPY <<EOF /app/x\n.\nEOF\nRUN npm ci\n', 'DF022'), []);
});
