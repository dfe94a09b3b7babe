import {
  IconBuildingBank,
  IconBuildingSkyscraper,
  IconCat,
  IconMail,
  IconMessageCircle,
  IconNotes,
  IconPhone,
  IconScale,
  IconShieldCheck,
  type Icon,
} from '@tabler/icons-react';
import type { TimelineChannel } from '../../shared/domain/timeline';

const icons: Record<TimelineChannel, Icon> = {
  'online-cs': IconMessageCircle,
  email: IconMail,
  phone: IconPhone,
  management: IconBuildingSkyscraper,
  blackcat: IconCat,
  '12315': IconShieldCheck,
  regulator: IconBuildingBank,
  court: IconScale,
  other: IconNotes,
};

export function ChannelIcon({ channel, size = 14 }: { channel: TimelineChannel; size?: number }) {
  const Glyph = icons[channel];
  return <Glyph size={size} aria-hidden />;
}
