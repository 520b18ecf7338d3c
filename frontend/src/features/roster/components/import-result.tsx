import { Alert, Stack, Text } from "@mantine/core";

import type { ImportReport } from "../api/import-roster";

import type { ImportFailure } from "./import-failure";
import { ImportProblems } from "./import-problems";

/** What a check found: the rows read, then either a clean bill or every problem. */
export function CheckResult({ report }: { report: ImportReport }) {
  const { rows, problems } = report;
  let verdict;
  if (problems.length > 0) {
    verdict = (
      <>
        <Text size="sm" c="red">
          {problems.length === 1
            ? "1 problem to fix before importing:"
            : `${problems.length} problems to fix before importing:`}
        </Text>
        <ImportProblems problems={problems} />
      </>
    );
  } else if (rows === 0) {
    verdict = (
      <Alert color="yellow" variant="light">
        The file has no rows to import.
      </Alert>
    );
  } else {
    verdict = (
      <Alert color="green" variant="light">
        No problems: ready to import
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {rows === 1 ? "1 row checked" : `${rows} rows checked`}
      </Text>
      {verdict}
    </Stack>
  );
}

/** Why a check or an import was refused: the file's bad rows, or the file as a whole. */
export function FailureResult({ failure }: { failure: ImportFailure }) {
  if (failure.kind === "file") {
    return (
      <Alert color="red" variant="light" role="alert">
        {failure.message}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Alert color="red" variant="light" role="alert">
        {failure.detail}
      </Alert>
      <ImportProblems problems={failure.problems} />
    </Stack>
  );
}
