/** The administrative parts of an address written the Chinese way, as far as they can be read. */
export interface AddressParts {
  /** 浙江省, 广西壮族自治区; absent for 北京市 and the other municipalities. */
  province?: string;
  /** 杭州市, 北京市, 恩施土家族苗族自治州. */
  city?: string;
  /** The county level: 西湖区, 桐庐县, 义乌市 (a county-level city), 额济纳旗. */
  county?: string;
  /** Whether a street (or village) and a number follow: what an office needs to find the place. */
  hasStreetAndNumber: boolean;
}

const PROVINCE = /^(.{2,10}?(?:省|自治区|特别行政区))/u;
const CITY = /^(.{2,12}?(?:市|自治州|地区|盟))/u;
const COUNTY = /^(.{1,8}?(?:区|县|旗|市))/u;
const STREET = /(?:路|街|道|巷|弄|里|村|组|镇|乡|大厦|园区|广场)/u;
const NUMBER = /(?:\d+|[一二三四五六七八九十百]+)\s*(?:号|栋|幢|座|室|楼)/u;

/**
 * Reads 省/市/区县 off the start of an address; a county-level city right after its prefecture
 * (浙江省金华市义乌市…) is the county.
 *
 * @example addressParts('浙江省杭州市西湖区文三路 398 号 7 楼') // { province: '浙江省', city: '杭州市', county: '西湖区', hasStreetAndNumber: true }
 */
export function addressParts(address: string): AddressParts {
  let rest = address.replace(/\s+/g, '');
  const take = (pattern: RegExp) => {
    const found = pattern.exec(rest)?.[1];
    if (found) rest = rest.slice(found.length);
    return found;
  };
  const province = take(PROVINCE);
  const city = take(CITY);
  // After the city, only a short name ending in 区/县/旗/市 is a county (not 文三路…, not 稠城街道).
  const county = city ? take(COUNTY) : undefined;
  return {
    ...(province ? { province } : {}),
    ...(city ? { city } : {}),
    ...(county && !STREET.test(county) ? { county } : {}),
    hasStreetAndNumber: STREET.test(rest) && NUMBER.test(rest),
  };
}

/**
 * The county-level market regulator of an address (暂行办法 第12条 sends platform complaints there),
 * e.g. 杭州市西湖区市场监督管理局; undefined when the address does not name its county (a bare
 * 杭州市… could be any of its districts), so the person fills it in.
 */
export function countyRegulator(address: string): string | undefined {
  const { city, county } = addressParts(address);
  return city && county ? `${city}${county}市场监督管理局` : undefined;
}
