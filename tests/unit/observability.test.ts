import { BoundedLabel, createServiceMetrics } from '../../lib/metrics';
import { otlpTracesUrl, tracingEnabled } from '../../lib/tracing';

describe('metric label bounds', () => {
  it('keeps plain names up to the cap, then collapses the rest to one value', () => {
    const label = new BoundedLabel(2);
    expect(label.of(undefined, 'anonymous')).toBe('anonymous');
    expect(label.of('', 'anonymous')).toBe('anonymous');
    expect(label.of('First', 'anonymous')).toBe('First');
    expect(label.of('Second', 'anonymous')).toBe('Second');
    expect(label.of('Third', 'anonymous')).toBe('other');
    expect(label.of('First', 'anonymous')).toBe('First');
    expect(label.of('with spaces', 'anonymous')).toBe('other');
    expect(label.of('x'.repeat(101), 'anonymous')).toBe('other');
  });

  it('gives each service its own registry labelled with its name', async () => {
    const a = createServiceMetrics('a', { defaultMetrics: false });
    const b = createServiceMetrics('b', { defaultMetrics: false });
    a.observeMongoCommand('find', 3, true);
    expect(await a.registry.metrics()).toMatch(
      /mongodb_command_duration_seconds_count\{service="a",command="find",outcome="success"\} 1/,
    );
    expect(await b.registry.metrics()).not.toMatch(/command="find"/);
  });
});

describe('tracing configuration', () => {
  it('is off unless an OTLP endpoint is configured', () => {
    expect(tracingEnabled()).toBe(false);
    expect(otlpTracesUrl({})).toBeUndefined();
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe('http://collector:4318/v1/traces');
    expect(
      otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b/traces' }),
    ).toBe('http://b/traces');
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeUndefined();
  });
});
