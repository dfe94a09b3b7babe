import { describe, expect, it } from 'vitest';
import { throttleProgress } from '../../src/hosts/progress-throttle';

describe('throttleProgress', () => {
  it('passes at most one value per interval and delivers the last one held back on flush', () => {
    let time = 0;
    const sent: number[] = [];
    const progress = throttleProgress((value: number) => sent.push(value), 100, () => time);
    for (let copied = 1; copied <= 25; copied++) {
      progress.push(copied);
      time += 10;
    }
    // 250 ms of pushes every 10 ms: sent at 0, 100, 200 ms.
    expect(sent).toEqual([1, 11, 21]);
    progress.flush();
    expect(sent).toEqual([1, 11, 21, 25]);
    progress.flush();
    expect(sent).toHaveLength(4);
  });
});
