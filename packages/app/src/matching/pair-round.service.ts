/**
 * Pairing a round from files, offline: validate members.json (and history.json), run the
 * engine, and shape round.json (and graph.json). No database and no clock: the caller
 * reads the files and passes the day, so the same files, day and seed give the same round.
 */
import { completePairingGraph, type PairingRequest, pairMembers } from '@kindred/core';
import { AppError } from '../errors/app-error.ts';
import { invalidFile, parseJsonFile } from './file-problem.ts';
import { parseHistory } from './history-file.schema.ts';
import { parseMembers } from './members-file.schema.ts';
import { type GraphFile, type RoundFile, toGraphFile, toRoundFile } from './round-file.ts';

/** `--graph` lists every pair, so it is for rounds small enough to check with an exact solver. */
export const GRAPH_MAX_MEMBERS = 2000;

export interface InputFile {
  /** As the user named it, for messages. */
  fileName: string;
  text: string;
}

export interface PairRoundInput {
  members: InputFile;
  history?: InputFile;
  /** The day of the round, YYYY-MM-DD. */
  today: string;
  /** Defaults to the day, so each round differs from the last but can be replayed. */
  seed?: string | number;
  crossTeamOnly?: boolean;
  /** Also build graph.json (up to GRAPH_MAX_MEMBERS active members). */
  graph?: boolean;
}

export interface PairRoundResult {
  round: RoundFile;
  graph?: GraphFile;
}

/** Reads and checks both files completely; throws `invalid_input` naming member and field. */
export function readPairingRequest(input: PairRoundInput): PairingRequest {
  const parsedMembers = parseMembers(parseJsonFile(input.members.fileName, input.members.text));
  if ('problems' in parsedMembers) throw invalidFile(input.members.fileName, parsedMembers.problems);
  let history: PairingRequest['history'] = [];
  if (input.history) {
    const parsedHistory = parseHistory(parseJsonFile(input.history.fileName, input.history.text));
    if ('problems' in parsedHistory) throw invalidFile(input.history.fileName, parsedHistory.problems);
    history = parsedHistory.history;
  }
  return {
    members: parsedMembers.members,
    history,
    today: input.today,
    ...(input.seed === undefined ? {} : { seed: input.seed }),
    crossTeamOnly: Boolean(input.crossTeamOnly),
  };
}

/** Pairs one round from the files' text. */
export function pairRound(input: PairRoundInput): PairRoundResult {
  const request = readPairingRequest(input);
  const active = request.members.filter((m) => !m.paused);
  if (input.graph && active.length > GRAPH_MAX_MEMBERS) {
    throw new AppError(
      'invalid_input',
      `--graph lists every pair, so it is for rounds of up to ${GRAPH_MAX_MEMBERS.toLocaleString('en')} active members; ${input.members.fileName} has ${active.length.toLocaleString('en')}. Leave out --graph to pair this round.`,
      [{ field: '--graph', message: `more than ${GRAPH_MAX_MEMBERS} active members` }],
    );
  }
  const round = pairMembers(request);
  const result: PairRoundResult = { round: toRoundFile(round, Boolean(request.crossTeamOnly)) };
  if (input.graph) {
    result.graph = toGraphFile(
      round.today,
      active.map((m) => m.id),
      completePairingGraph(request),
    );
  }
  return result;
}
