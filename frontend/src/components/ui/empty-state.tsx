import { EmptyState as MantineEmptyState } from "@mantine/core";
import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  description: ReactNode;
  children?: ReactNode;
}

export function EmptyState({ title, description, children }: EmptyStateProps) {
  return (
    <MantineEmptyState title={title} description={description} variant="light">
      {children}
    </MantineEmptyState>
  );
}
