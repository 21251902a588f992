export * from './network';
export * from './system';
