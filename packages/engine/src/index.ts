// E1: model
export * from './model.ts';
