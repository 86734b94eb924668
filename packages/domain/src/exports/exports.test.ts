import { describe, expect, it } from 'vitest';
import { escapeCsvField, renderCsv } from './csv';
import { neutraliseFormula, tableOf } from './table';

describe('formula injection', () => {
  it('when a text starts with =, +, -, @, a tab or a carriage return, then it gets a leading quote', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormula('+1')).toBe(`'+1`);
    expect(neutraliseFormula('-2+3')).toBe(`'-2+3`);
    expect(neutraliseFormula('@SUM(1)')).toBe(`'@SUM(1)`);
    expect(neutraliseFormula('\t=1')).toBe(`'\t=1`);
    expect(neutraliseFormula('\r=1')).toBe(`'\r=1`);
  });

  it('when a text only holds such a character later, then it is left alone', () => {
    expect(neutraliseFormula('Klas 2A')).toBe('Klas 2A');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });

  it('when rendered as CSV, then text cells are neutralised and numbers stay numbers', () => {
    const table = tableOf(
      't',
      ['naam', 'getal'],
      [
        ['=1+1', -5],
        ['@x', 2.5],
      ],
    );
    expect(renderCsv(table)).toBe(`naam,getal\r\n'=1+1,-5\r\n'@x,2.50\r\n`);
  });
});

describe('CSV', () => {
  it('when a field holds the separator, a quote or a line break, then it is quoted with doubled quotes', () => {
    expect(escapeCsvField('plain')).toBe('plain');
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('zeg "hoi"')).toBe('"zeg ""hoi"""');
    expect(escapeCsvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
  });

  it('when rendered, then commas, dot decimals, money in euros, local times, no BOM', () => {
    const table = tableOf(
      'geld',
      ['naam', 'bedrag', 'start', 'dag'],
      [
        [
          'A,B',
          { cents: 123456 },
          { instant: new Date('2026-07-01T07:30:00Z') },
          { date: '2026-07-02' },
        ],
      ],
    );
    expect(renderCsv(table)).toBe(
      'naam,bedrag,start,dag\r\n"A,B",1234.56,2026-07-01 09:30,2026-07-02\r\n',
    );
  });

  it('when a table is made from headers, then columns are at least as wide as header and text', () => {
    const table = tableOf('een heel lange naam voor een werkblad', ['id'], [['abcdefghijkl']]);
    expect(table.sheet).toHaveLength(31);
    expect(table.columns[0]).toEqual({ header: 'id', width: 14 });
  });
});
