import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { useSingleFlight } from "./use-single-flight";

describe("useSingleFlight", () => {
  it("ignores a second call while the first is running, and allows one after", async () => {
    const { result } = renderHook(() => useSingleFlight());
    let finish: () => void = () => {};
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));

    result.current(action);
    result.current(action);
    expect(action).toHaveBeenCalledTimes(1);

    finish();
    await vi.waitFor(() => {
      result.current(action);
      expect(action).toHaveBeenCalledTimes(2);
    });
  });
});
