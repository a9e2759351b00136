// The messages between the window and the checks worker.
import type { CheckBlock, CheckMatch, SetAsideRule } from '../../shared/checks/model';
import type { DirectoryName } from '../../shared/checks/names';
import type { SpellingLocale } from '../../shared/settings/model';
import type { WireBlocks } from './block-wire';

/** What the checks run with; sent whenever the desk's files, settings or speakers change. */
export interface CheckSetupMessage {
  type: 'setup';
  locale: SpellingLocale;
  /** The library's rules file; empty for the shipped default. */
  houseStyle: string;
  deskWords: string[];
  directory: DirectoryName[];
  leaveQuotesAsSpoken: boolean;
}

export interface CheckRequest {
  type: 'check';
  id: number;
  /** Each block whole, or its place in the previous request's list (block-wire.ts). */
  blocks: WireBlocks;
}

/** A misspelling's suggestions, asked for when its popover opens (the check itself works none out). */
export interface SuggestRequest {
  type: 'suggest';
  id: number;
  ruleId: string;
  text: string;
}

export type ToWorker = CheckSetupMessage | CheckRequest | SuggestRequest | { type: 'add-words'; words: string[] };

export interface CheckResult {
  type: 'result';
  id: number;
  matches: CheckMatch[];
  setAside: SetAsideRule[];
  /** The house-style rules' labels by id (built-in checks are labelled by ruleLabel). */
  labels: Record<string, string>;
  /** Blocks checked afresh (not from the cache) and the milliseconds the whole check took in the worker. */
  checked: number;
  took: number;
}

/** The answer to a SuggestRequest, best first; empty when there are none. */
export interface SuggestResult {
  type: 'suggestions';
  id: number;
  suggestions: string[];
}

export type FromWorker = CheckResult | SuggestResult | { type: 'failed'; id: number | null; message: string };
