"use client";

export { NuqsAdapter } from "nuqs/adapters/next/app";
