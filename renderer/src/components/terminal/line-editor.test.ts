import { describe, expect, it } from 'vitest';
import { LineEditor, charColumns, escapeSequenceAt } from './line-editor';

const UP = '\x1b[A';
const DOWN = '\x1b[B';
const LEFT = '\x1b[D';

describe('LineEditor', () => {
  it('edits a line and submits it on Enter', () => {
    const editor = new LineEditor('(qemu) ');
    expect(editor.feed('info statsu').submitted).toBeUndefined();
    editor.feed('\x7f\x7fus');
    const result = editor.feed('\r');
    expect(result.submitted).toBe('info status');
    expect(result.echo.endsWith('\r\n')).toBe(true);
    expect(editor.line).toBe('');
  });

  it('inserts at the cursor and redraws with the cursor placed', () => {
    const editor = new LineEditor('> ');
    editor.feed('hlp');
    const result = editor.feed(`${LEFT}${LEFT}e`);
    expect(editor.line).toBe('help');
    expect(result.echo).toBe('\r\x1b[K> help\x1b[2D');
    editor.feed('\x01X\x05Y'); // Ctrl+A, Ctrl+E
    expect(editor.line).toBe('XhelpY');
  });

  it('recalls history with Up and Down, keeping the draft', () => {
    const editor = new LineEditor('(qemu) ');
    editor.feed('help\r');
    editor.feed('info status\r');
    editor.feed('info status\r'); // a repeat is kept once
    editor.feed('   \r'); // blank lines are not kept
    expect(editor.entries).toEqual(['help', 'info status']);
    editor.feed('draft');
    editor.feed(UP);
    expect(editor.line).toBe('info status');
    editor.feed(UP);
    expect(editor.line).toBe('help');
    expect(editor.feed(UP).echo).toBe(''); // nothing older
    editor.feed(DOWN);
    editor.feed(DOWN);
    expect(editor.line).toBe('draft');
  });

  it('leaves what follows a submitted line for later (a pasted block)', () => {
    const editor = new LineEditor('> ');
    const result = editor.feed('info status\r\ninfo cpus\r');
    expect(result.submitted).toBe('info status');
    expect(result.rest).toBe('info cpus\r');
    expect(editor.feed(result.rest).submitted).toBe('info cpus');
  });

  it('drops the line on Ctrl+C and ignores keys it does not know', () => {
    const editor = new LineEditor('> ');
    editor.feed('quit');
    const result = editor.feed('\x03');
    expect(result.cancelled).toBe(true);
    expect(result.submitted).toBeUndefined();
    expect(editor.line).toBe('');
    expect(editor.feed('\t\x1bOP\x1b[15~').echo).toBe('');
    expect(editor.line).toBe('');
  });

  it('moves over wide characters by their columns', () => {
    const editor = new LineEditor('> ');
    editor.feed('串口');
    expect(editor.feed(LEFT).echo).toBe('\r\x1b[K> 串口\x1b[2D');
    expect(charColumns('a')).toBe(1);
    expect(charColumns('口')).toBe(2);
  });
});

describe('escapeSequenceAt', () => {
  it('reads CSI, SS3 and Alt+key sequences', () => {
    expect(escapeSequenceAt('\x1b[15~x', 0)).toBe('\x1b[15~');
    expect(escapeSequenceAt('\x1bOAx', 0)).toBe('\x1bOA');
    expect(escapeSequenceAt('\x1bx', 0)).toBe('\x1bx');
    expect(escapeSequenceAt('\x1b', 0)).toBe('\x1b');
  });
});
