"""Progress bars on stderr, shown only when stderr is a terminal (pipes and logs stay clean)."""
from __future__ import annotations

import sys

#: Count, total and time only: a stage whose items come from a cache finishes thousands of them in a
#: millisecond, and tqdm's rate ("1603704.47 doc/s") then says nothing true about the work.
BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} {unit} [{elapsed}<{remaining}]"


class ProgressBar:
    """One tqdm bar per stage (extract, graph, write; validate), replaced when the stage changes."""

    def __init__(self, *, unit: str = "doc") -> None:
        self.enabled = sys.stderr.isatty()
        self.unit = unit
        self._bar = None
        self._stage: str | None = None

    def update(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: a build forks its workers only where no thread runs
        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = tqdm(total=total, desc=f"{stage:<8}", unit=self.unit if stage != "write" else "step",
                             bar_format=BAR_FORMAT, file=sys.stderr, leave=False, dynamic_ncols=True)
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
