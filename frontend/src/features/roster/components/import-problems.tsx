import { Table } from "@mantine/core";

import type { RowProblem } from "../api/import-roster";

/** Every bad cell of the file, by line (1 is the header) and column. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing="xs" aria-label="Problems in the file">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={`${problem.line}:${problem.column}:${index}`}>
              <Table.Td>{problem.line}</Table.Td>
              <Table.Td>{problem.column}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
