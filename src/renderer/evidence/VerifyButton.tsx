import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditRepairPlan, VerifyReport } from '../../shared/domain/integrity';
import { integrityMessages } from '../../shared/messages/integrity';
import { uiMessages } from '../../shared/messages/ui';
import { call, errorMessageOf } from '../api/client';

const t = uiMessages.evidence.verify;
const r = integrityMessages;

/**
 * Checks the case (every original re-hashed, every record against the audit log); the report stays
 * until the next check. When part of what it found is bookkeeping a repair can fix, 修复审计日志…
 * shows exactly what would be done and does it only once the person confirms.
 */
export function VerifyButton({ caseId }: { caseId: string }) {
  const [report, setReport] = useState<VerifyReport>();
  const [plan, setPlan] = useState<AuditRepairPlan>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<VerifyReport>) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await work();
      setReport(next);
      setPlan(next.ok ? undefined : await call('audit:plan-repair', { caseId }));
    } catch (failure) {
      setReport(undefined);
      setPlan(undefined);
      setError(errorMessageOf(failure));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const verify = () => run(() => call('evidence:verify', { caseId }));
  const repair = () => plan && run(() => call('audit:repair', { caseId, planId: plan.id }));

  return (
    <Stack gap="xs">
      <Button variant="light" leftSection={<IconShieldCheck size={16} />} onClick={verify} loading={busy && !confirming}>
        {t.button}
      </Button>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {report &&
        (report.ok ? (
          <Alert color="green" title={t.intact(report.checked)} role="status">
            <Text size="sm">{t.intactText}</Text>
            {report.repairs && <Text size="sm">{r.repairs(report.repairs)}</Text>}
          </Alert>
        ) : (
          <Alert color="red" title={t.problemsTitle(report.problems.length)} role="alert">
            {/* File names and hashes are long unbroken strings. */}
            <List size="sm" style={{ overflowWrap: 'anywhere' }}>
              {report.problems.map((problem) => {
                const message = r.problem(problem);
                return <List.Item key={message}>{message}</List.Item>;
              })}
            </List>
            {report.repairs && <Text size="sm">{r.repairs(report.repairs)}</Text>}
            {plan && plan.steps.length > 0 && (
              <Button mt="sm" size="xs" variant="default" leftSection={<IconTool size={14} />} onClick={() => setConfirming(true)}>
                {r.repairButton}
              </Button>
            )}
          </Alert>
        ))}
      <Modal opened={confirming && plan !== undefined} onClose={() => setConfirming(false)} title={r.repairTitle} size="lg">
        {plan && (
          <Stack gap="sm">
            <Text size="sm">{r.repairHeading(plan.steps.length)}</Text>
            <List size="sm">
              {plan.steps.map((step) => (
                <List.Item key={r.repairStep(step)}>{r.repairStep(step)}</List.Item>
              ))}
            </List>
            {plan.remaining.length > 0 && (
              <>
                <Text size="sm">{r.repairRemainingHeading(plan.remaining.length)}</Text>
                <List size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {plan.remaining.map((problem) => (
                    <List.Item key={r.problem(problem)}>{r.problem(problem)}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {r.repairCancel}
              </Button>
              <Button color="orange" onClick={repair} loading={busy}>
                {r.repairConfirm}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
