import { z } from "zod";
import { DATE_PRECISIONS } from "@/db/enums";
import { matrixCellResponse } from "./api-responses";

// The read API's answers about comparisons and blocs (checked against real responses in the API tests).

const date = z.string().meta({ format: "date", example: "2019-12-28" });
const share = z.number().min(0).max(1).nullable();

export const pairAgreementResponse = z
  .object({
    a: z.string().length(3),
    b: z.string().length(3),
    sharedTopics: z.number().int().min(0),
    sameSide: share.meta({
      description: "Share of the shared topics on which both are on the same side; null when they share none.",
    }),
    distance: share.meta({
      description:
        "Mean |score difference| / 4 over the shared topics (0 same stances, 1 opposite poles); null when they share none.",
    }),
  })
  .meta({ id: "PairAgreement" });

export const compareResponse = z
  .object({
    at: date,
    governments: z.array(z.object({ iso3: z.string().length(3), name: z.string() })),
    topics: z.array(z.object({ slug: z.string(), title: z.string() })),
    cells: z
      .record(z.string(), z.record(z.string(), matrixCellResponse))
      .meta({ description: "cells[ISO3][topic]: the stance as of the date, or null." }),
    agreement: z.array(pairAgreementResponse),
    agreementOverTime: z.array(z.object({ date, label: z.string(), pairs: z.array(pairAgreementResponse) })),
    positions: z.array(
      z.object({ positionId: z.number().int(), iso3: z.string(), topic: z.string(), statedOn: date }).loose(),
    ),
  })
  .meta({ id: "Comparison" });

export const blocSummaryResponse = z
  .object({ slug: z.string(), name: z.string(), memberCount: z.number().int().min(0) })
  .meta({ id: "BlocSummary" });

const periodResponse = z.object({
  joinedOn: date,
  joinedPrecision: z.enum(DATE_PRECISIONS),
  sourceUrl: z.url(),
  leftOn: date.nullable().meta({ description: "The day it left: a member up to the day before." }),
  leftSourceUrl: z.url().nullable(),
});

const member = z.object({ iso3: z.string().length(3), name: z.string(), periods: z.array(periodResponse).min(1) });

export const blocResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    coverageNote: z.string(),
    complete: z.boolean().meta({ description: "false: the list is partial (coverageNote says what is missing)." }),
    at: date,
    members: z.array(member),
    former: z.array(member).meta({ description: "Governments that had left by the date." }),
  })
  .meta({ id: "Bloc" });

const counterpart = pairAgreementResponse.extend({ name: z.string() });
export const governmentAgreementResponse = z
  .object({
    iso3: z.string().length(3),
    at: date,
    minSharedTopics: z.number().int(),
    closest: z.array(counterpart),
    furthest: z.array(counterpart),
  })
  .meta({ id: "GovernmentAgreement" });
