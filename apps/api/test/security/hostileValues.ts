import fc from 'fast-check';

/** Values that break naive servers: encodings, injections, limits, impossible dates. */
export const hostileStrings = [
  '\u0000',
  'voor\u0000na',
  '\ud800',
  'x\udfffy',
  '\u202eRTL-override',
  'זה טקסט בעברית',
  'zero\u200bwidth\ufeff',
  'e\u0301\u0301\u0301',
  '😀'.repeat(500),
  "' OR '1'='1' --",
  "'; drop table bookings; --",
  '"; select pg_sleep(5); --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '',
  ' ',
  '\n\r\t',
  'x'.repeat(20_000),
  '2023-02-30',
  '2024-13-01T25:61:61Z',
  '0000-00-00T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '2030-03-31T02:30:00+01:00',
  '1970-01-01T00:00:00+25:00',
  'NaN',
  '-0',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-000000000000',
];

export const hostileNumbers = [
  -1,
  0,
  -0.5,
  1.5,
  -2_147_483_649,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
];

const deeplyNested = (depth: number) => {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Any hostile JSON value: a wrong type, a hostile string or number, or a deep structure. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(null, true, false, [], {}, [null], { '': '' }),
  fc.constantFrom(deeplyNested(64), deeplyNested(3000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

/** A hostile string for a path segment or a query value. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers).map(String),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
