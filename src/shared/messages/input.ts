/**
 * Chinese messages for input that does not have the expected shape: a wrong type, an unknown field, a
 * value off the list, a character that does not belong. Each says what was expected (and what came),
 * so a person editing a JSON file for the command line knows what to change.
 */
export const inputMessages = {
  /** How the CLI names the input as a whole, where a field name would stand. */
  rootLabel: '整体',
  typeNames: {
    string: '文字',
    number: '数字',
    int: '整数',
    boolean: 'true 或 false',
    array: '列表（[…]）',
    object: '一组字段（{…}）',
    null: 'null',
  } as Record<string, string>,
  received: {
    text: (sample: string) => `文字“${sample}”`,
    number: (n: string) => `数字 ${n}`,
    boolean: (b: boolean) => String(b),
    null: 'null',
    array: '列表',
    object: '一组字段',
    other: '无法识别的值',
  },
  expected: (expected: string, received: string) => `应为${expected}，收到的是${received}`,
  expectedEither: (names: readonly string[], received: string) => `应为${names.join('或')}，收到的是${received}`,
  unknownField: (key: string) => `不认识的字段 ${key}（请检查拼写，或删去这个字段）`,
  oneOf: (values: readonly string[], received: string) => `应为以下之一：${values.join('、')}；收到的是${received}`,
  textTooLong: (max: number) => `不能超过 ${max} 个字`,
  textTooShort: (min: number) => (min <= 1 ? '不能为空' : `至少 ${min} 个字`),
  tooManyItems: (max: number) => `最多 ${max} 项`,
  tooFewItems: (min: number) => (min <= 1 ? '至少要有 1 项' : `至少 ${min} 项`),
  numberTooBig: (max: string, inclusive: boolean) => (inclusive ? `不能大于 ${max}` : `应小于 ${max}`),
  numberTooSmall: (min: string, inclusive: boolean) => (inclusive ? `不能小于 ${min}` : `应大于 ${min}`),
  multipleOf: (divisor: string) => `应为 ${divisor} 的整数倍`,
  email: '应为电子邮件地址，例如 name@example.com',
  format: '格式不正确',
  invalid: '输入有误，请检查这一项',
  controlCharacter: (position: number, code: string) =>
    `第 ${position} 个字符是控制字符 ${code}（如换行、制表符或终端控制码），请删去：这一栏只填一行文字`,
  controlCharacterInText: (position: number, code: string) => `第 ${position} 个字符是控制字符 ${code}，请删去（可以换行）`,
  directionCharacter: (position: number, code: string) =>
    `第 ${position} 个字符是文字方向控制符 ${code}，它会让文字显示得与实际内容不同，请删去`,
} as const;
