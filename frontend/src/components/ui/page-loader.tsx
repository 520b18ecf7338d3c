import { Center, Loader } from "@mantine/core";

export function PageLoader({ label = "Loading" }: { label?: string }) {
  return (
    <Center mih={200} py="xl">
      <Loader aria-label={label} role="status" />
    </Center>
  );
}
