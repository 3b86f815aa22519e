// What the host tells the analysis about files around the analysed one. The analysis never
// touches the disk itself: the server and the CLI implement this over their workspace layer.
export interface ProjectContext {
  /** Absolute path of the analysed file. */
  file: string;
  /** Text of a file, or undefined when it does not exist or cannot be read. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Names directly inside a folder ([] when it is missing). */
  list(path: string): string[];
  /** The compose files the user merges like `docker compose -f a -f b` (settings or
   *  .docker-coach.yaml `compose.files`), as absolute paths; empty when none is named. */
  composeSet?: readonly string[];
}
