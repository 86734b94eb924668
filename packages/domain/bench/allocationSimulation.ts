/**
 * Compares the snake draft with first-come-first-served on a generated region (architecture §6).
 * Run: `pnpm --filter @stagebureau/api exec tsx ../../packages/domain/bench/allocationSimulation.ts [draws]`
 */
import { comparePolicies, realisticRegion, type PolicySummary } from '../src/allocation';

const draws = Number(process.argv[2] ?? 50);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function print(title: string, rows: PolicySummary[]) {
  console.log(`\n${title}`);
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.policy,
        {
          'spread placed share (max−min)': percent(row.placedShareSpread),
          'Gini placed share': row.placedShareGini.toFixed(3),
          'spread placed seats': row.placedSeatsSpread.toFixed(1),
          'seats vs pupils (dissimilarity)': percent(row.pupilDissimilarity),
          'first preference': percent(row.firstPreferenceShare),
          'unplaced requests': row.unplacedRequests.toFixed(1),
          'placed seats': row.placedSeats.toFixed(0),
        },
      ]),
    ),
  );
}

const shape = realisticRegion;
console.log(
  `Region: ${shape.schools} schools, ${shape.sessions} sessions, ${shape.requests} requests; mean of ${draws} seeded draws`,
);
print('Demand follows school size (realistic):', comparePolicies(shape, 'regio-noord-2026', draws));
print(
  'Equal demand per school:',
  comparePolicies({ ...shape, demand: 'equal' }, 'regio-noord-2026', draws),
);
