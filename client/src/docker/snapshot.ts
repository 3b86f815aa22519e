// A read-only snapshot of the engine for exercise checks (docker ps/images/volume ls/network ls).
import { execFile } from 'node:child_process';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { readOnly, type Argv } from './argv';
import { currentToolset } from './detect';
import { t } from '../i18n';

function jsonLines(argv: Argv): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    execFile(argv.program, argv.args, { timeout: 15_000, maxBuffer: 8 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      if (err) { reject(new Error(stderr.trim().split('\n').pop() || err.message)); return; }
      resolve(stdout.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as Record<string, string>));
    });
  });
}

export async function engineSnapshot(): Promise<EngineSnapshot | string> {
  const tools = await currentToolset();
  try {
    const [containers, images, volumes, networks] = await Promise.all([
      jsonLines(readOnly.containers(tools)), jsonLines(readOnly.images(tools)), jsonLines(readOnly.volumes(tools)), jsonLines(readOnly.networks(tools))]);
    return {
      containers: containers.map((c) => ({ id: c.ID ?? '', name: c.Names ?? '', image: c.Image ?? '', state: (c.State ?? '').toLowerCase(), status: c.Status ?? '', ports: c.Ports ?? '' })),
      images: images.map((i) => ({ repository: i.Repository ?? '', tag: i.Tag ?? '', id: i.ID ?? '', size: i.Size ?? '' })),
      volumes: volumes.map((v) => ({ name: v.Name ?? '' })),
      networks: networks.map((n) => ({ name: n.Name ?? '', driver: n.Driver ?? '' })),
    };
  } catch (e) {
    return t('Docker did not answer: {0}. Start Docker (or check dockerCoach.engine), then try again.', e instanceof Error ? e.message : String(e));
  }
}
