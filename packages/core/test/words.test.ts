import { describe, expect, it } from 'vitest';
import { formatWords, isInCase, splitWords } from '../src/naming/words.js';

describe('splitWords', () => {
  it.each(['RegenerateContent', 'regenerateContent', 'regenerate-content', 'regenerate_content', 'REGENERATE_CONTENT'])(
    'splits %s into regenerate, content',
    (name) => {
      expect(splitWords(name)).toEqual(['regenerate', 'content']);
    },
  );

  it('keeps an acronym together and splits it from the next word', () => {
    expect(splitWords('ProcessPDFDocument')).toEqual(['process', 'pdf', 'document']);
    expect(splitWords('XMLHttpRequest')).toEqual(['xml', 'http', 'request']);
    expect(splitWords('SendPDF')).toEqual(['send', 'pdf']);
  });

  it('keeps digits with the letters before them', () => {
    expect(splitWords('ExportV2Report')).toEqual(['export', 'v2', 'report']);
    expect(splitWords('export-v2-report')).toEqual(['export', 'v2', 'report']);
    expect(splitWords('Base64Encode')).toEqual(['base64', 'encode']);
    expect(splitWords('HTTP2Server')).toEqual(['http2', 'server']);
  });

  it('treats a leading number as a word with the letters after it', () => {
    expect(splitWords('2faSetup')).toEqual(['2fa', 'setup']);
  });

  it('gives nothing for a name without letters or digits', () => {
    expect(splitWords('--')).toEqual([]);
  });
});

describe('formatWords', () => {
  const words = ['send', 'download', 'email'];
  it.each([
    ['kebab', 'send-download-email'],
    ['snake', 'send_download_email'],
    ['camel', 'sendDownloadEmail'],
    ['pascal', 'SendDownloadEmail'],
  ] as const)('writes %s case', (style, expected) => {
    expect(formatWords(words, style)).toBe(expected);
    expect(isInCase(expected, style)).toBe(true);
  });
});

describe('isInCase', () => {
  it('accepts one lower-case word in every lower style', () => {
    for (const style of ['kebab', 'snake', 'camel'] as const) expect(isInCase('regenerate', style)).toBe(true);
    expect(isInCase('regenerate', 'pascal')).toBe(false);
  });

  it('rejects mixed styles', () => {
    expect(isInCase('send_download-email', 'kebab')).toBe(false);
    expect(isInCase('SendEmail', 'camel')).toBe(false);
    expect(isInCase('sendEmail', 'pascal')).toBe(false);
    expect(isInCase('ProcessPDFDocument', 'pascal')).toBe(true);
  });
});
