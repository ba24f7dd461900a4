export * from './energy/forms.ts';
export * from './ladder/propose-stage.ts';
export * from './ladder/stages.ts';
export * from './people/person.types.ts';
export * from './random/prng.ts';
export * from './text/fold.ts';
export * from './time/local-date.ts';
export * from './people/merge-person.ts';
