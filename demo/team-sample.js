// Demo only: a sample team of twelve, generated with a fixed seed and scored with the quickscan's own
// formula (per pillar round(100 × (mean − 1) / 4), no score when fewer than half have a value). Each
// statement has a team tendency; some statements split the team, which the team view shows.
const PILLARS = [
  ['sociaal-psychologisch-veilig', 'Sociaal en psychologisch veilig werken', 6],
  ['risicos-preventie', 'Risico’s en preventie', 4],
  ['reageren', 'Reageren op ongewenst gedrag', 3],
  ['afhandeling-nazorg', 'Afhandeling en nazorg', 5],
];
const BANDS = [['priority', 0], ['attention', 50], ['in-order', 75]];

/** Mulberry32: a tiny seeded random generator, so the demo looks the same on every load. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Team tendency per statement: a value around which people answer, or 'split' for a divided team. */
const TENDENCY = {
  'p1-s1': 4.6, 'p1-s2': 4, 'p1-s3': 'split', 'p1-s4': 3.5, 'p1-s5': 4.2, 'p1-s6': 3.8,
  'p2-s1': 2, 'p2-s2': 2.4, 'p2-s3': 3, 'p2-s4': 'split',
  'p3-s1': 4.5, 'p3-s2': 3.6, 'p3-s3': 3.2,
  'p4-s1': 1.6, 'p4-s2': 'split', 'p4-s3': 2.6, 'p4-s4': 3, 'p4-s5': 2.2,
};

function person(rand, index) {
  const answers = [];
  const pillars = PILLARS.map(([id, title, count], p) => {
    const values = [];
    let unknown = 0;
    for (let s = 1; s <= count; s++) {
      const statementId = `p${p + 1}-s${s}`;
      const tendency = TENDENCY[statementId];
      let value;
      if (rand() < 0.06) value = null; // "Weet ik niet"
      else if (tendency === 'split') value = rand() < 0.5 ? 1 + Math.round(rand()) : 4 + Math.round(rand());
      else value = Math.min(5, Math.max(1, Math.round(tendency + (rand() - 0.5) * 2)));
      answers.push({ statementId, pillarId: id, value });
      if (value === null) unknown += 1;
      else values.push(value);
    }
    const sufficient = values.length > 0 && values.length * 2 >= count;
    const mean = sufficient ? values.reduce((a, b) => a + b, 0) / values.length : null;
    const score = mean === null ? null : Math.round((100 * (mean - 1)) / 4);
    const band = score === null ? 'insufficient' : BANDS.filter(([, min]) => score >= min).pop()[0];
    return { id, title, score, mean, answered: count, unknown, total: count, band };
  });
  const priorities = pillars
    .filter((p) => p.band === 'priority' || p.band === 'attention')
    .sort((a, b) => a.score - b.score)
    .map((p) => p.id);
  return {
    schemaVersion: 1,
    content: { id: 'jzw-quickscan-sociale-veiligheid', version: '2024-05', locale: 'nl' },
    completedAt: new Date(Date.UTC(2024, 8, 2, 8, index * 7)).toISOString(),
    scale: { min: 1, max: 5 },
    answers,
    pillars,
    priorities,
  };
}

export function sampleTeam(size = 12, seed = 2024) {
  const rand = random(seed);
  return Array.from({ length: size }, (_, i) => person(rand, i));
}

/** One more (thirteenth) result, for trying the file input and drop zone. */
export function extraResult() {
  return sampleTeam(13, 2024)[12];
}
