export * from './network';
export * from './organisations';
export * from './dossiers';
export * from './system';
export * from './imports';
