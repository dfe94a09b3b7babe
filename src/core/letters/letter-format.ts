import { formatFen } from '../../shared/validation/money';
import { toChinaIso } from '../../shared/validation/date-time';

const parts = (iso: string) => {
  const china = toChinaIso(new Date(iso));
  return {
    year: Number(china.slice(0, 4)),
    month: Number(china.slice(5, 7)),
    day: Number(china.slice(8, 10)),
    hour: Number(china.slice(11, 13)),
    minute: Number(china.slice(14, 16)),
  };
};

/** 2024年5月20日 — the way dates are written in letters and court documents. */
export function chineseDate(isoOrDay: string): string {
  const { year, month, day } = parts(isoOrDay.length === 10 ? `${isoOrDay}T12:00:00+08:00` : isoOrDay);
  return `${year}年${month}月${day}日`;
}

/** 2024年5月20日14时32分; a whole hour as 2024年5月30日20时, minutes without a leading zero (9时5分), as documents write them. */
export function chineseDateTime(iso: string): string {
  const { hour, minute } = parts(iso);
  return `${chineseDate(iso)}${hour}时${minute === 0 ? '' : `${minute}分`}`;
}

/** 98.00元 */
export const yuan = (fen: number): string => `${formatFen(fen)}元`;

/** 人民币98.00元, for claims in court documents. */
export const rmb = (fen: number): string => `人民币${formatFen(fen)}元`;
