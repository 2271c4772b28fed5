import { z } from "zod";
import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { LOCALES } from "@/server/i18n/locales";

// The shapes the public read API answers with. They generate the OpenAPI document and
// the API tests check real responses against them, so the contract cannot drift.

const date = z.string().meta({ format: "date", example: "2013-05-16" });
const stance = z.enum(STANCES).meta({ id: "Stance", description: "The five-point stance scale." });
const evidence = z.enum(EVIDENCE_KINDS).meta({
  id: "EvidenceKind",
  description:
    "How the position is known: the government's own words (statement), a recorded vote, a text it tabled or sponsored (submission), a declaration or coalition it signed or joined (endorsement).",
});
const datePrecision = z.enum(DATE_PRECISIONS).meta({
  id: "DatePrecision",
  description:
    'How precisely the source dates the position. For month and year, statedOn is the last day of that period (the as-of rule never shows a position before it was certainly true). on_or_before: statedOn is only an upper bound (shown "by 16 Sep 2019"); the position counts from it but is never a change that happened that day.',
});
const end = z.object({ on: date, note: z.string(), source: z.url() }).nullable().meta({
  id: "PositionEnd",
  description:
    "When the position stopped counting (method v2, rule 5: a membership left), what ended it and the source saying so. As of a date on or after `on`, the position does not count; null for a position that has not ended.",
});
const contested = z.boolean().meta({
  description:
    "A moderator marked the position contested: sources disagree or the coding is disputed. The stance is still the coded one.",
});
const contestedNote = z.string().nullable().meta({ description: "Why it is contested (null when it is not)." });
const language = z.enum(LOCALES).meta({
  id: "WrittenIn",
  description:
    "The language the summary and quote are written in, as their author said (one of the six UN languages; the reference dataset's: en).",
});
const translation = z
  .object({ language: z.enum(LOCALES), summary: z.string() })
  .optional()
  .meta({
    id: "SummaryTranslation",
    description:
      "With lang=: the summary in that language, where Stance Atlas has written one (every coded summary of the reference dataset, from the same coding rule). The summary itself stays as its author wrote it.",
  });
/** A topic's, an event's or a bloc's texts are in the asked language where translated; `lang` says which. */
const textsLanguage = z.enum(LOCALES).optional().meta({
  description:
    "With lang=: the language this object's texts are in: the asked one where Stance Atlas has translated them, else en (shown in English).",
});
const score = z.number().int().min(-2).max(2).meta({ description: "-2 multistakeholder … +2 intergovernmental" });

export const healthResponse = z.object({
  status: z.literal("ok"),
  changes: z.literal("unheard").optional().meta({
    description:
      "Present while this server does not hear the database's change notifications: it serves pages uncached meanwhile.",
  }),
});

export const governmentResponse = z
  .object({ iso3: z.string().length(3), name: z.string(), region: z.string(), subregion: z.string() })
  .meta({ id: "Government" });

export const topicResponse = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    multistakeholderPole: z.string(),
    intergovernmentalPole: z.string(),
    lang: textsLanguage,
  })
  .meta({ id: "Topic" });

export const eventResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    place: z.string(),
    startDate: date,
    endDate: date,
    lang: textsLanguage,
  })
  .meta({ id: "Event" });

export const matrixCellResponse = z
  .object({
    stance,
    score,
    statedOn: date,
    datePrecision,
    evidence,
    event: z.string().nullable(),
    positionId: z.number().int(),
    contested,
    contestedNote,
  })
  .nullable()
  .meta({ id: "MatrixCell", description: "null: no recorded position as of the date." });

export const matrixResponse = z
  .object({
    at: date,
    topics: z.array(z.string()),
    rows: z.array(
      z.object({ iso3: z.string(), name: z.string(), cells: z.record(z.string(), matrixCellResponse) }).loose(),
    ),
  })
  .meta({ id: "Matrix" });

export const positionResponse = z
  .object({
    id: z.number().int(),
    government: z.string().length(3),
    topic: z.string(),
    stance,
    score,
    evidence,
    statedOn: date,
    datePrecision,
    event: z.string().nullable(),
    summary: z.string(),
    quote: z.string().nullable(),
    language,
    translation,
    sources: z.array(z.url()).min(1),
    end,
    contested,
    contestedNote,
    records: z.array(z.object({ slug: z.string(), title: z.string() })).meta({
      description:
        "The public records this position was coded from (GET /api/v1/records/{slug}): one, or a rival pair's two roll calls; empty for a position contributors recorded.",
    }),
  })
  .meta({ id: "Position" });

export const historyEntryResponse = z
  .object({
    revision: z.number().int(),
    createdAt: z.string().meta({ format: "date-time" }),
    author: z.string(),
    reviewer: z.string().nullable(),
    reason: z.string().nullable().meta({
      description:
        "Why this version was approved: a moderator's reason, or the method's (\"method v2: …\") for a re-coded reference position.",
    }),
    stance,
    evidence,
    statedOn: date,
    datePrecision,
    event: z.string().nullable(),
    summary: z.string(),
    quote: z.string().nullable(),
    language,
    translation,
    sources: z.array(z.url()).min(1),
    end,
  })
  .meta({ id: "HistoryEntry" });

export const replyResponse = z
  .object({
    id: z.number().int(),
    positionId: z.number().int(),
    government: z.object({ iso3: z.string().length(3), name: z.string() }),
    createdAt: z.string().meta({ format: "date-time" }),
    body: z.string().nullable().meta({ description: "The reply's text; null when a moderator hid it." }),
    language,
    sourceUrl: z.url().nullable(),
    hidden: z
      .object({ reason: z.string(), by: z.string() })
      .nullable()
      .meta({ description: "Set when a moderator hid the reply for abuse: why, and who." }),
  })
  .meta({
    id: "Reply",
    description:
      "A government's own reply to a position, posted by its verified representative. It never changes the coding.",
  });

export const errorResponse = z.object({ error: z.string() }).meta({ id: "Error" });

export const searchResponse = z
  .object({
    query: z.string(),
    total: z
      .number()
      .int()
      .meta({ description: "How many published positions match (the results are the newest `limit`)." }),
    results: z.array(
      // A position's content (as /positions gives it), with its government's and topic's names.
      positionResponse
        .omit({ government: true, topic: true, score: true, contested: true, contestedNote: true, records: true })
        .extend({
          government: z.object({ iso3: z.string().length(3), name: z.string() }),
          topic: z.object({ slug: z.string(), title: z.string(), lang: textsLanguage }),
          passage: z.array(z.object({ text: z.string(), match: z.boolean() })).meta({
            description:
              "The summary's passage around the matched words, in parts; `match`: a part the query matched (plain text: mark it up yourself).",
          }),
        }),
    ),
  })
  .meta({ id: "SearchAnswer" });
