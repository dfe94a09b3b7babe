import { DataList, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { CaseRecord } from '../../shared/domain/case';
import { demandTypeLabels, fieldLabels, problemTypeLabels } from '../../shared/messages/labels';
import { caseFormMessages as cf, electronicServiceLabels, jurisdictionAgreementLabels } from '../../shared/messages/case-fields';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime, formatDateTimeWithSeconds } from '../format/date-time';
import { formatYuan } from '../format/money';

const t = uiMessages;
const sections = t.form.sections;

interface Fact {
  label: string;
  value: string | undefined;
  /** Long text keeps the person's line breaks. */
  multiline?: boolean;
}

const fact = (field: string, value: string | undefined): Fact => ({ label: fieldLabels[field] ?? field, value });
const optional = <T,>(value: T | undefined, format: (v: T) => string) => (value === undefined ? undefined : format(value));

/** Every fact of the case, grouped as on the form, with Chinese labels and readable money and dates. */
export function CaseOverview({ record }: { record: CaseRecord }) {
  const { platform, complainant, order, problem, demand, seller, litigation } = record;
  const groups: { title: string; facts: Fact[] }[] = [
    {
      title: sections.platform,
      facts: [
        fact('platform.name', platform.name),
        fact('platform.url', platform.url),
        fact('platform.company', platform.company),
        fact('platform.creditCode', platform.creditCode),
        fact('platform.address', platform.address),
        fact('platform.legalRepresentative', platform.legalRepresentative),
        fact('platform.phone', platform.phone),
        fact('platform.serviceEmail', platform.serviceEmail),
        fact('platform.managementEmail', platform.managementEmail),
      ],
    },
    ...(seller
      ? [
          {
            title: cf.sellerSection,
            facts: [
              fact('seller.name', seller.name),
              fact('seller.operator', seller.operator),
              fact('seller.operatorCreditCode', seller.operatorCreditCode),
              fact('seller.address', seller.address),
              fact('seller.contact', seller.contact),
            ],
          },
        ]
      : []),
    {
      title: sections.complainant,
      facts: [
        fact('complainant.name', complainant.name),
        fact('complainant.phone', complainant.phone),
        fact('complainant.account', complainant.account),
        fact('complainant.idNumber', complainant.idNumber),
        fact('complainant.address', complainant.address),
        fact('complainant.ethnicity', complainant.ethnicity),
        fact('complainant.email', complainant.email),
      ],
    },
    {
      title: sections.order,
      facts: [
        fact('order.number', order.number),
        fact('order.purchasedAt', formatDateTimeWithSeconds(order.purchasedAt)),
        fact('order.product', order.product),
        fact('order.amountPaid', formatYuan(order.amountPaidFen)),
        fact('order.paymentMethod', order.paymentMethod),
        fact('order.paymentRef', order.paymentRef),
      ],
    },
    {
      title: sections.problem,
      facts: [
        fact('problem.type', problemTypeLabels[problem.type]),
        { ...fact('problem.description', problem.description), multiline: true },
      ],
    },
    {
      title: sections.demand,
      facts: [
        fact('demand.type', optional(demand.type, (type) => demandTypeLabels[type])),
        fact('demand.amount', optional(demand.amountFen, formatYuan)),
        fact('demand.deadlineDays', optional(demand.deadlineDays, t.casePage.days)),
      ],
    },
    {
      title: cf.litigationSection,
      facts: [
        fact('litigation.court', litigation?.court),
        fact('litigation.agreement', optional(litigation?.agreement, (agreement) => jurisdictionAgreementLabels[agreement])),
        fact('litigation.electronicService', optional(litigation?.electronicService, (yes) => electronicServiceLabels[yes ? 'yes' : 'no'])),
      ],
    },
    {
      title: t.casePage.recordSection,
      facts: [
        { label: t.casePage.createdAt, value: formatDateTime(record.createdAt) },
        { label: t.casePage.updatedAt, value: formatDateTime(record.updatedAt) },
      ],
    },
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {groups.map((group) => (
        <Paper key={group.title} withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            {group.title}
          </Title>
          <DataList size="sm" labelWidth={120} withDivider>
            {group.facts.map(({ label, value, multiline }) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
                <DataList.ItemValue style={multiline ? { whiteSpace: 'pre-wrap' } : undefined}>
                  {value ?? (
                    <Text span size="sm" c="dimmed">
                      {t.common.notFilled}
                    </Text>
                  )}
                </DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
