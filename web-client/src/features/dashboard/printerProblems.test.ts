import { describe, expect, it } from 'vitest';
import { describeError, problemsOf } from './printerProblems';

describe('printer problems in words', () => {
  it('keeps a Bambu HMS code as a reference and says what to do', () => {
    const problem = describeError({ code: '0300010000010001', severity: 'error', message: 'HMS_0300_0100_0001_0001 (see https://wiki.bambulab.com/en/hms/home)' });
    expect(problem).toEqual({
      key: '0300010000010001',
      severity: 'error',
      text: "Printer error. Check the printer's display for what to do.",
      code: 'HMS_0300_0100_0001_0001',
      link: 'https://wiki.bambulab.com/en/hms/home',
    });
  });

  it('shows an HMS explanation the driver already gives', () => {
    const problem = describeError({
      code: '0500040000020001',
      severity: 'warning',
      message: 'HMS_0500_0400_0002_0001: MQTT command verification failed. Enable LAN Only mode and Developer Mode on the printer to control it from Printernizer.',
    });
    expect(problem.text).toBe('MQTT command verification failed. Enable LAN Only mode and Developer Mode on the printer to control it from Printernizer.');
    expect(problem.code).toBe('HMS_0500_0400_0002_0001');
  });

  it('turns a bare print error code into a sentence', () => {
    const problem = describeError({ code: '0500400E', severity: 'fatal', message: 'Printer error 0500_400E.' });
    expect(problem.text).toBe("Serious printer fault: the print was interrupted. Check the printer's display for what to do.");
    expect(problem.code).toBe('0500_400E');
  });

  it('keeps plain messages and falls back to a hint from the state', () => {
    expect(problemsOf({ state: 'failed', errors: [{ code: 'SIM-0001', severity: 'error', message: 'Simulated failure: the print detached from the bed.' }] })[0]!.text).toBe(
      'Simulated failure: the print detached from the bed.',
    );
    expect(problemsOf({ state: 'attention', errors: [] }).map((p) => p.text)).toEqual(['The printer is waiting for you. Check its display.']);
    expect(problemsOf({ state: 'printing', errors: [] })).toEqual([]);
  });
});
