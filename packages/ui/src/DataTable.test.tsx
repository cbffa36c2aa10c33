import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataTable } from "./DataTable.js";

afterEach(cleanup);

describe("DataTable", () => {
  const rows = [
    { id: "a", n: 2 },
    { id: "b", n: 1 },
  ];
  const columns = [
    { key: "id", label: "Id", sortable: true },
    { key: "n", label: "N", numeric: true },
  ];

  it("asks for the opposite direction when the sorted column is clicked again", () => {
    const onSort = vi.fn();
    render(
      <DataTable
        caption="t"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: "id", dir: "asc" }}
        onSort={onSort}
      />,
    );
    expect(screen.getByRole("columnheader", { name: /Id/ }).getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: /Id/ }));
    expect(onSort).toHaveBeenCalledWith("id", "desc");
  });

  it("renders one row per input row and the empty message when there are none", () => {
    const { container, rerender } = render(
      <DataTable caption="t" columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(container.querySelectorAll("tbody tr")).toHaveLength(2);
    rerender(
      <DataTable
        caption="t"
        columns={columns}
        rows={[] as typeof rows}
        rowKey={(r) => r.id}
        empty="Nothing"
      />,
    );
    expect(screen.getByText("Nothing")).toBeTruthy();
  });
});
