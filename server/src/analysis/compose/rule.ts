import type { Rule } from '../rule';
import type { ComposeModel } from './model';

export type ComposeRule<D = undefined> = Rule<ComposeModel, D> & { kind: 'compose' };
