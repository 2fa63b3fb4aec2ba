export * from './envelope';
export * from './bus';
export * from './outbox';
export * from './consumer';
export * from './catalog';
export * from './retention';
