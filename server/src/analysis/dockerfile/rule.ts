import type { Rule } from '../rule';
import type { DockerfileModel } from './model';

export type DockerfileRule<D = undefined> = Rule<DockerfileModel, D> & { kind: 'dockerfile' };
