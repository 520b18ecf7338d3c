import { Alert, Anchor, Button, Group, Input, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ChangeEvent, useId, useState } from "react";
import { Link } from "react-router";

import { paths } from "@/config/paths";
import { useSingleFlight } from "@/lib/use-single-flight";

import { type ImportReport, useImportRoster } from "../api/import-roster";

import { type ImportFailure, importFailure } from "./import-failure";
import { CheckResult, FailureResult } from "./import-result";
import { countRows } from "./roster-columns";
import { UploadProgress } from "./upload-progress";

/** Where the last check or import left the file chosen. */
type Outcome =
  | { kind: "checked"; file: File; report: ImportReport }
  | { kind: "failed"; failure: ImportFailure }
  | { kind: "imported"; created: number };

const members = (count: number) => (count === 1 ? "1 member" : `${count} members`);

interface RosterImportProps {
  orgSlug: string;
  chapterId: string;
}

/**
 * Bring a chapter's roster in from a spreadsheet: check the file first (nothing is written),
 * fix what it reports, then import the file that checked clean, all rows or none.
 */
export function RosterImport({ orgSlug, chapterId }: RosterImportProps) {
  const importRoster = useImportRoster(orgSlug, chapterId);
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const once = useSingleFlight();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0] ?? null;
    setFile(chosen);
    setOutcome(null);
    setRows(null);
    if (chosen) {
      void chosen.text().then(
        (text) => setRows(countRows(text)),
        () => setRows(null),
      );
    }
  };

  const send = (dryRun: boolean) =>
    once(async () => {
      if (!file) return;
      setOutcome(null);
      let report: ImportReport;
      try {
        report = await importRoster.mutateAsync({ file, dryRun });
      } catch (error) {
        return setOutcome({ kind: "failed", failure: importFailure(error) });
      }
      if (dryRun) return setOutcome({ kind: "checked", file, report });
      setOutcome({ kind: "imported", created: report.created });
      notifications.show({ color: "green", message: `Imported ${members(report.created)}` });
    });

  // Only the very file that was just checked, and checked clean, may be imported.
  const ready =
    outcome?.kind === "checked" &&
    outcome.file === file &&
    outcome.report.rows > 0 &&
    outcome.report.problems.length === 0;
  const pending = importRoster.isPending;

  return (
    <Stack gap="md">
      <Input.Wrapper
        id={inputId}
        label="CSV file"
        description="Up to 2 MB and 5,000 rows."
      >
        <Input
          id={inputId}
          component="input"
          type="file"
          accept=".csv,text/csv"
          onChange={choose}
          disabled={pending}
          styles={{ input: { paddingTop: 6 } }}
        />
      </Input.Wrapper>
      <Group gap="sm">
        <Button variant="default" onClick={() => send(true)} disabled={!file || pending}>
          Check file
        </Button>
        <Button onClick={() => send(false)} disabled={!ready || pending}>
          Import
        </Button>
      </Group>
      {pending && file && (
        <UploadProgress
          action={importRoster.variables?.dryRun === false ? "Importing" : "Checking"}
          fileName={file.name}
          rows={rows}
        />
      )}
      {outcome?.kind === "checked" && <CheckResult report={outcome.report} />}
      {outcome?.kind === "failed" && <FailureResult failure={outcome.failure} />}
      {outcome?.kind === "imported" && (
        <Alert color="green" variant="light" title={`Imported ${members(outcome.created)}`}>
          <Anchor component={Link} to={paths.organization.chapter(orgSlug, chapterId)} size="sm">
            Back to the chapter
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
