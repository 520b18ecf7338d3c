import { Anchor, Code, List, Stack, Text } from "@mantine/core";

import { ROSTER_COLUMNS, templateHref } from "./roster-columns";

/** What an import file looks like, and a template to start from. */
export function ImportHelp() {
  return (
    <Stack gap="xs">
      <Text size="sm">
        A CSV file in UTF-8 whose first line names the columns. Only <Code>name</Code> is
        required; leave out the columns you do not have.
      </Text>
      <List size="sm" spacing={2}>
        {ROSTER_COLUMNS.map((column) => (
          <List.Item key={column.name}>
            <Code>{column.name}</Code>
            {column.help && ` ${column.help}`}
          </List.Item>
        ))}
      </List>
      <Anchor href={templateHref()} download="roster-template.csv" size="sm">
        Download a template
      </Anchor>
    </Stack>
  );
}
