import { describe, expect, it } from "vitest";
import { groupClaims, membersOf } from "./claimGroups.js";

const claims = [
  { event_id: "e1", metric: "repatriated_persons" },
  { event_id: "e2", metric: "repatriated_persons" },
  { event_id: "e1", metric: "detained_persons" },
  { event_id: "ghost", metric: "repatriated_persons" },
  { event_id: "e1", metric: "repatriated_persons" },
  { event_id: "ghost", metric: "repatriated_persons" },
  { event_id: "e2", metric: "repatriated_persons" },
];

const groupsAsIds = (groups: ReturnType<typeof groupClaims>) =>
  Array.from({ length: groups.count }, (_, g) => Array.from(membersOf(groups, g)));

describe("groupClaims", () => {
  it("groups by event and metric, numbered in order of first appearance, members in file order", () => {
    const groups = groupClaims(claims);
    expect(groupsAsIds(groups)).toEqual([[0, 4], [1, 6], [2], [3, 5]]);
    expect(Array.from(groups.groupOf)).toEqual([0, 1, 2, 3, 0, 3, 1]);
  });

  it("gives the same groups when events come as the rows the reference check found, unresolved ones by id", () => {
    // e1 is row 5 of the events table, e2 row 0; "ghost" names no event.
    const eventRows = Int32Array.from([5, 0, 5, -1, 5, -1, 0]);
    const byRow = groupClaims(claims, eventRows);
    const byId = groupClaims(claims);
    expect(groupsAsIds(byRow)).toEqual(groupsAsIds(byId));
    expect(Array.from(byRow.groupOf)).toEqual(Array.from(byId.groupOf));
  });

  it("takes the event from its row when one is given", () => {
    const twice = [
      { event_id: "e1", metric: "repatriated_persons" },
      { event_id: "e1", metric: "repatriated_persons" },
    ];
    expect(groupClaims(twice, Int32Array.from([3, 3])).count).toBe(1);
    expect(groupClaims(twice, Int32Array.from([3, 4])).count).toBe(2);
  });
});
