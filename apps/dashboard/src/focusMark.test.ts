import { afterEach, describe, expect, it } from "vitest";
import { elementOfMark, focusMarkOf } from "./focusMark.js";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("a focus mark", () => {
  it("finds the same link again in the view drawn anew, the nth of its kind", () => {
    const view = `<main><h1>Findings</h1><a href="?claim=c1">claim c1</a><a href="?claim=c2">claim c2</a>
      <a href="?claim=c2">claim c2</a><button>Show more</button></main>`;
    document.body.innerHTML = view;
    const second = document.querySelectorAll("a")[2]!;
    const mark = focusMarkOf(second);
    expect(mark).toEqual({ tag: "a", text: "claim c2", href: "?claim=c2", nth: 1 });
    document.body.innerHTML = view;
    expect(elementOfMark(mark!)).toBe(document.querySelectorAll("a")[2]);
    expect(elementOfMark(focusMarkOf(document.querySelector("button"))!)).toBe(
      document.querySelector("button"),
    );
  });

  it("marks nothing outside the view, nor its heading, and finds nothing the view no longer has", () => {
    document.body.innerHTML = `<nav><a href="?view=claims">Claims</a></nav><main><h1>Findings</h1><a href="?x">x</a></main>`;
    expect(focusMarkOf(document.querySelector("nav a"))).toBeNull();
    expect(focusMarkOf(document.querySelector("h1"))).toBeNull();
    expect(focusMarkOf(document.body)).toBeNull();
    const mark = focusMarkOf(document.querySelector("main a"))!;
    document.body.innerHTML = "<main><h1>Findings</h1></main>";
    expect(elementOfMark(mark)).toBeNull();
  });

  it("finds a chart's mark again, an SVG element, by its name among the marks", () => {
    // Trends' summary chart: a mark opens its event in Discrepancies, and Back is to find it.
    const view = `<main><h1>Trends</h1><svg><g class="marks">
      <g tabindex="0" role="button"><title>e-1: 30 claims</title></g>
      <g tabindex="-1" role="button"><title>e-2: 30 claims</title></g></g></svg></main>`;
    document.body.innerHTML = view;
    const mark = focusMarkOf(document.querySelectorAll("g[role=button]")[1]!);
    expect(mark).toEqual({ tag: "g", text: "e-2: 30 claims", href: null, nth: 0 });
    document.body.innerHTML = view;
    expect(elementOfMark(mark!)).toBe(document.querySelectorAll("g[role=button]")[1]);
  });
});
