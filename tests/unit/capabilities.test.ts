import { capabilitiesFromBuildInfo } from '../../lib/mongo/capabilities';

describe('server capabilities from buildInfo', () => {
  it('FerretDB 1.x applies conditional updates without isolation', () => {
    // As FerretDB v1.24.2 answers (trimmed).
    expect(capabilitiesFromBuildInfo({ version: '7.0.42', gitVersion: 'unknown', ferretdbVersion: 'v1.24.2' })).toEqual({
      atomicConditionalUpdates: false,
      server: 'FerretDB v1.24.2',
    });
  });

  it('FerretDB 2 (on DocumentDB) and mongod apply them atomically', () => {
    expect(capabilitiesFromBuildInfo({ version: '7.0.77', ferretdbVersion: 'v2.1.0' }).atomicConditionalUpdates).toBe(true);
    expect(capabilitiesFromBuildInfo({ version: '7.0.14', gitVersion: 'ce59cfc6a3c5e5c067dca0d30697edd68d4f5188' })).toEqual({
      atomicConditionalUpdates: true,
      server: 'MongoDB 7.0.14',
    });
  });

  it('mongo-java-server (a version and nothing else) applies them atomically: its collections are synchronized', () => {
    expect(capabilitiesFromBuildInfo({ version: '5.0.0' })).toEqual({
      atomicConditionalUpdates: true,
      server: 'MongoDB-wire server 5.0.0',
    });
  });
});
