/** Scenario node ids → CloudFormation logical IDs (alphanumeric), unique within a template. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

export function isLogicalId(id: string): boolean {
  return LOGICAL_ID.test(id);
}

export function logicalIdsFor(
  ids: readonly string[],
  taken: Iterable<string> = [],
): Map<string, string> {
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const id of ids) if (isLogicalId(id)) used.add(id);
  for (const id of ids) {
    if (isLogicalId(id)) {
      out.set(id, id);
      continue;
    }
    let base = id
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join('');
    if (!/^[A-Za-z]/.test(base)) base = `N${base}`;
    base = base.slice(0, 240);
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}${n}`;
    used.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

/** `OrdersTable` → `ORDERS_TABLE`, for environment variable names. */
export function envName(logicalId: string): string {
  return logicalId.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
