// The content format of the quickscan: a zod (mini) schema and the TypeScript types inferred from it.
// Everything the element renders passes through `contentSchema`; content that fails it is never shown.
import * as z from 'zod/mini';
import { isSafeUrl } from './safe-url.js';
import { hasVisibleText } from './visible-text.js';
import { formatPath } from './issues.js';

/** Upper bounds that keep hostile content from exhausting the page. */
export const LIMITS = {
  pillars: 20,
  statementsPerPillar: 50,
  scaleOptionsMin: 2,
  scaleOptionsMax: 11,
  bands: 10,
  text: 5000,
  shortText: 300,
  list: 50,
} as const;

// In its own module: the element's glossary uses it without loading zod.
export { hasVisibleText } from './visible-text.js';
// In a zod-free module (views that show issues use it without loading zod).
export { formatPath } from './issues.js';

/**
 * "Non-empty" as a reader sees it: after minLength(1) (which the JSON Schema for editors shows), a text
 * of only invisible characters is reported as too short too, like an empty one.
 */
const visible = z.superRefine<string>((value, ctx) => {
  if (value.length > 0 && !hasVisibleText(value)) ctx.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: value });
});

const text = (max: number = LIMITS.text) => z.string().check(z.trim(), z.minLength(1), visible, z.maxLength(max));
const id = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.regex(/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u, 'ids use letters, digits, ".", "_", ":" and "-"'),
);
const url = z.string().check(
  z.maxLength(2000),
  z.refine(isSafeUrl, { message: 'only https:, http:, mailto: or relative links are allowed', params: { key: 'unsafe-url' } }),
);

export const toolSchema = z.object({
  title: text(LIMITS.shortText),
  url: z.optional(url),
  description: z.optional(text()),
});

export const statementSchema = z.object({
  id,
  text: text(),
});

export const pillarSchema = z.object({
  id,
  number: z.optional(z.int().check(z.gte(0), z.lte(999))),
  title: text(LIMITS.shortText),
  description: z.optional(text()),
  statements: z.array(statementSchema).check(z.minLength(1), z.maxLength(LIMITS.statementsPerPillar)),
  tools: z.optional(z.array(toolSchema).check(z.maxLength(LIMITS.list))),
});

export const scaleOptionSchema = z.object({
  value: z.number().check(z.gte(-1000), z.lte(1000)),
  label: text(LIMITS.shortText),
});

export const scaleSchema = z
  .object({
    options: z
      .array(scaleOptionSchema)
      .check(z.minLength(LIMITS.scaleOptionsMin), z.maxLength(LIMITS.scaleOptionsMax)),
    /** The "don't know" option: answers it, but carries no value. */
    unknown: z.optional(z.object({ label: text(LIMITS.shortText) })),
  })
  .check(
    z.superRefine((scale, ctx) => {
      scale.options.forEach((option, i) => {
        if (i > 0 && option.value <= scale.options[i - 1].value) {
          ctx.issues.push({
            code: 'custom',
            message: 'scale values must increase from first to last option',
            path: ['options', i, 'value'],
            input: option.value,
            params: { key: 'scale-order' },
          });
        }
      });
    }),
  );

export const bandSchema = z.object({
  id,
  label: text(LIMITS.shortText),
  /** Lowest score (0–100) that falls in this band. */
  min: z.number().check(z.gte(0), z.lte(100)),
  /** Pillars in a focus band are listed as priorities. */
  focus: z.optional(z.boolean()),
  description: z.optional(text()),
});

export const glossaryTermSchema = z.object({
  term: text(LIMITS.shortText),
  definition: z.array(text()).check(z.minLength(1), z.maxLength(LIMITS.list)),
  /** Lower-case phrases that mark this term where it occurs in statements and texts. */
  matches: z.optional(z.array(text(LIMITS.shortText)).check(z.maxLength(LIMITS.list))),
});

export const colophonSchema = z.object({
  published: z.optional(text(LIMITS.shortText)),
  text: z.optional(z.array(text()).check(z.maxLength(LIMITS.list))),
  source: z.optional(z.object({ title: text(LIMITS.shortText), url: z.optional(url) })),
});

export const contentSchema = z
  .object({
    $schema: z.optional(z.string()),
    id,
    version: z.string().check(z.trim(), z.minLength(1), visible, z.maxLength(100)),
    /** BCP 47 language of the texts, e.g. "nl". */
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as "nl" or "en-GB"'))),
    /** Direction of the texts: "rtl" for right-to-left languages; "ltr" when left out. */
    dir: z.optional(z.enum(['ltr', 'rtl'])),
    title: text(LIMITS.shortText),
    intro: z.optional(z.array(text()).check(z.maxLength(LIMITS.list))),
    scale: scaleSchema,
    bands: z.array(bandSchema).check(z.minLength(1), z.maxLength(LIMITS.bands)),
    pillars: z.array(pillarSchema).check(z.minLength(1), z.maxLength(LIMITS.pillars)),
    tips: z.optional(z.array(text()).check(z.maxLength(LIMITS.list))),
    glossary: z.optional(z.array(glossaryTermSchema).check(z.maxLength(LIMITS.list))),
    colophon: z.optional(colophonSchema),
  })
  .check(
    z.superRefine((content, ctx) => {
      const issue = (path: (string | number)[], message: string, key: string, value?: string) =>
        ctx.issues.push({ code: 'custom', message, path, input: undefined, params: { key, value } });

      const seen = new Map<string, string>();
      const claim = (value: string, path: (string | number)[]) => {
        const where = seen.get(value);
        if (where) issue(path, `duplicate id "${value}" (already used at ${where})`, 'duplicate-id', value);
        else seen.set(value, formatPath(path));
      };
      content.pillars.forEach((pillar, p) => {
        claim(pillar.id, ['pillars', p, 'id']);
        pillar.statements.forEach((statement, s) => claim(statement.id, ['pillars', p, 'statements', s, 'id']));
      });

      const bandIds = new Set<string>();
      content.bands.forEach((band, b) => {
        if (bandIds.has(band.id)) issue(['bands', b, 'id'], `duplicate band id "${band.id}"`, 'duplicate-id', band.id);
        bandIds.add(band.id);
        if (band.id === 'insufficient') issue(['bands', b, 'id'], '"insufficient" is reserved for too few answers', 'reserved-band');
        if (b === 0 && band.min !== 0) issue(['bands', 0, 'min'], 'the first band must start at 0', 'band-start');
        if (b > 0 && band.min <= content.bands[b - 1].min) issue(['bands', b, 'min'], 'band minimums must increase', 'band-order');
      });
    }),
  );

export type Content = z.infer<typeof contentSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type ScaleOption = z.infer<typeof scaleOptionSchema>;
export type Band = z.infer<typeof bandSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Tool = z.infer<typeof toolSchema>;
