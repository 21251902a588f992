export * from './network';
export * from './organisations';
export * from './dossiers';
export * from './system';
export * from './imports';
export * from './referrals';
export * from './events';
export * from './reports';
