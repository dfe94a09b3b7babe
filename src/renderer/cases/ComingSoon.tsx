import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** An honest placeholder for a tab whose feature is not built yet: what will go there, no sample data. */
export function ComingSoon({ icon, title, description }: { icon: ReactNode; title: string; description: string }) {
  return <EmptyState icon={icon} title={title} description={description} py="xl" maw={640} mx="auto" />;
}
