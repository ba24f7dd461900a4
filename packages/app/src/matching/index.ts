/**
 * Community pairing from files: members.json and history.json in, round.json and
 * graph.json out. Used by `kindred pair`; community rounds from the database will reuse
 * the same engine through their own use case.
 */
export { type FileProblem, invalidFile } from './file-problem.ts';
export { isIsoDate, parseHistory } from './history-file.schema.ts';
export { parseMembers, SENIORITY_LEVELS } from './members-file.schema.ts';
export {
  GRAPH_MAX_MEMBERS,
  type InputFile,
  type PairRoundInput,
  type PairRoundResult,
  pairRound,
  readPairingRequest,
} from './pair-round.service.ts';
export {
  type GraphFile,
  type RoundFile,
  type RoundPair,
  roundWeight,
  toGraphFile,
  toRoundFile,
} from './round-file.ts';
