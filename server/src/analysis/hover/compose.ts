// Hover for Compose files: keys (from the specification), ports, volumes, images, variables.
import type { ComposeModel } from '../compose/model';
import type { Lang, Position } from '../types';
import type { HoverResult } from './dockerfile';

export function composeHover(_model: ComposeModel, _position: Position, _lang: Lang): HoverResult | undefined {
  return undefined;
}
