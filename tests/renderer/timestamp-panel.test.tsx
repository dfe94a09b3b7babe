// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimestampPanel } from '../../src/renderer/evidence/TimestampPanel';
import type { TimestampOverview, TimestampStatus } from '../../src/shared/domain/timestamp';
import { renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { person } from './person';

const host = useFakeWebHost();

const CASE = '01J0000000000000000000000A';
const stamp = (id: string, fields: Partial<TimestampStatus>): TimestampStatus => ({
  id,
  manifest: `timestamps/${id}.manifest.json`,
  token: `timestamps/${id}.tsr`,
  manifestSha256: 'a'.repeat(64),
  requestedAt: '2024-05-22T09:00:00+08:00',
  genTime: '2024-05-22T09:00:01+08:00',
  tsa: 'Example TSA',
  items: 3,
  uncovered: 0,
  valid: true,
  problems: [],
  ...fields,
});

describe('可信时间戳 panel', () => {
  it('lists the stamps with their state and requests a new one from the address last used', async () => {
    const overview: TimestampOverview = {
      tsaUrl: 'https://tsa.example.com/tsr',
      stamps: [stamp('01J0000000000000000000000B', {}), stamp('01J0000000000000000000000C', { valid: false, problems: ['时间戳的签名无效'] })],
    };
    host.api.mockImplementation(async (channel) => {
      if (channel === 'timestamps:get') return overview;
      return { ...overview, stamps: [...overview.stamps, stamp('01J0000000000000000000000D', { uncovered: 0 })] };
    });
    const user = person();
    renderWithMantine(<TimestampPanel caseId={CASE} evidenceCount={3} />);
    expect(await screen.findByText('时间戳的签名无效')).toBeTruthy();
    expect(screen.getAllByText('有效')).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('textbox', { name: '时间戳服务网址（TSA）' })).toHaveProperty('value', 'https://tsa.example.com/tsr'));
    await user.click(screen.getByRole('button', { name: '申请可信时间戳' }));
    expect(host.api).toHaveBeenCalledWith('timestamps:request', { caseId: CASE, tsaUrl: 'https://tsa.example.com/tsr' });
    await waitFor(() => expect(screen.getAllByText('有效')).toHaveLength(2));
  });

  it('shows why a request failed under the address', async () => {
    // The host's check of the input refuses the address, naming the field.
    host.api.mockResolvedValue({ stamps: [] });
    const user = person();
    renderWithMantine(<TimestampPanel caseId={CASE} evidenceCount={1} />);
    expect(await screen.findByText('本案还没有可信时间戳。')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: '时间戳服务网址（TSA）' }), 'ftp://tsa');
    await user.click(screen.getByRole('button', { name: '申请可信时间戳' }));
    expect(await screen.findByText('网址只能以 http:// 或 https:// 开头')).toBeTruthy();
  });
});
