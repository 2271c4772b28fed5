import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  const doc = openApiDocument("http://localhost:3000");

  it("is OpenAPI 3.1 and describes every public endpoint", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      "/api/health",
      "/api/v1/blocs",
      "/api/v1/blocs/{slug}",
      "/api/v1/camps",
      "/api/v1/camps.csv",
      "/api/v1/compare",
      "/api/v1/compare.csv",
      "/api/v1/events",
      "/api/v1/governments",
      "/api/v1/governments/{iso3}/agreement",
      "/api/v1/matrix",
      "/api/v1/matrix.csv",
      "/api/v1/positions",
      "/api/v1/positions.csv",
      "/api/v1/positions/{id}/history",
      "/api/v1/positions/{id}/replies",
      "/api/v1/records",
      "/api/v1/records/{slug}",
      "/api/v1/records/{slug}.csv",
      "/api/v1/releases",
      "/api/v1/releases/{version}",
      "/api/v1/releases/{version}/{file}",
      "/api/v1/search",
      "/api/v1/topics",
      "/api/v1/topics/{slug}/{file}",
    ]);
  });

  it("documents the matrix query parameters and the stance scale from the zod schemas", () => {
    const params = doc.paths?.["/api/v1/matrix"]?.get?.parameters ?? [];
    expect(params.map((p) => ("name" in p ? p.name : ""))).toEqual(
      expect.arrayContaining(["at", "topics", "evidence", "region", "sort", "bloc", "contested"]),
    );
    expect(doc.components?.schemas?.Stance).toMatchObject({
      enum: ["multistakeholder", "leans_multistakeholder", "mixed", "leans_intergovernmental", "intergovernmental"],
    });
    expect(doc.components?.schemas?.EvidenceKind).toMatchObject({
      enum: ["statement", "vote", "submission", "endorsement"],
    });
    expect(doc.components?.schemas?.DatePrecision).toMatchObject({ enum: ["day", "month", "year", "on_or_before"] });
    expect(doc.components?.schemas?.Position).toMatchObject({
      required: expect.arrayContaining(["evidence", "datePrecision", "contested", "contestedNote"]),
    });
  });
});
