import { describe, expect, it } from "vitest";
import { publicAddress } from "./publicAddress.js";

describe("publicAddress", () => {
  it.each([
    "http://localhost:4173/data/releases/1.1.0/",
    "http://127.0.0.1:4173/?view=trends",
    "http://127.1.2.3/",
    "http://[::1]:4173/",
    "http://0.0.0.0:4173/",
    "http://tally.localhost/",
  ])("has none for the machine's own server: %s", (href) => {
    expect(publicAddress(href)).toBeNull();
  });

  it.each([
    "https://tally.example.org/data/releases/1.1.0/",
    "http://192.168.1.20:4173/",
    "http://127.example.org/",
  ])("keeps any other: %s", (href) => {
    expect(publicAddress(href)).toBe(href);
  });
});
