/**
 * The region settings that settings forms (the bureau's `/bureau/regio`, the platform's region
 * page) send as numbers; an empty field of a nullable one means null ("no limit"). A form that
 * does not show a field simply does not send it.
 */
export const settingNumberFields = [
  'holdHours',
  'capPerSchoolPerSession',
  'capPerSchoolPerOffer',
  'capPerSchoolPerSeason',
  'bookingOpensDaysAhead',
  'oversubscriptionRatio',
  'inKindHourlyRateEuro',
  'coFinancingTargetEuro',
  'subsidyAmountEuro',
  'placementRetentionMonths',
  'signingLinkDays',
  'uploadMaxMb',
] as const;
export const nullableSettingFields = [
  'capPerSchoolPerSession',
  'capPerSchoolPerOffer',
  'capPerSchoolPerSeason',
  'bookingOpensDaysAhead',
  'coFinancingTargetEuro',
  'subsidyAmountEuro',
];
