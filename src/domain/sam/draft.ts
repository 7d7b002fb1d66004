/**
 * The importer's working copy: nodes, edges and the report, with the bookkeeping that keeps
 * "nothing silently dropped" true (every resource ends up a node or a report entry).
 */
import { defaultConfigFor, findRule, getKind, type Config, type KindId } from '../catalog/index.ts';
import { MAX_LABEL } from '../diagram/index.ts';

export interface UnsupportedEntry {
  logicalId: string;
  type: string;
  reason: string;
  /** The node this resource was folded into (a rule into its bus, a route into its API…). */
  foldedInto?: string;
}

export interface DraftNode {
  id: string;
  kind: KindId;
  label: string;
  config: Config;
  /** The resource it stands for, if any (implicit sources have none). */
  logicalId?: string;
  type?: string;
}

export interface DraftEdge {
  from: string;
  to: string;
  via: string;
  variant?: string;
}

/** Where a node's setting was read from (path from the template root), for export edits. */
export type SettingOrigins = Record<string, Record<string, readonly string[]>>;

export class Draft {
  readonly nodes = new Map<string, DraftNode>();
  readonly edges: DraftEdge[] = [];
  readonly unsupported: UnsupportedEntry[] = [];
  readonly warnings: string[] = [];
  readonly origins: SettingOrigins = {};

  addNode(
    node: Omit<DraftNode, 'config' | 'label'> & { label?: string; config?: Config },
  ): DraftNode {
    const existing = this.nodes.get(node.id);
    if (existing) return existing;
    const made: DraftNode = {
      ...node,
      label: (node.label ?? node.id).slice(0, MAX_LABEL),
      config: { ...defaultConfigFor(node.kind), ...node.config },
    };
    this.nodes.set(made.id, made);
    return made;
  }

  kindOf(id: string): KindId | undefined {
    return this.nodes.get(id)?.kind;
  }

  /**
   * Adds an edge if the explorer has that connection. `quiet` for references found by
   * following names (a policy may name anything), loud for wiring the template declares.
   */
  connect(from: string, to: string, via: string, quiet = false, variant?: string): boolean {
    const a = this.nodes.get(from);
    const b = this.nodes.get(to);
    if (!a || !b || from === to) return false;
    const found = this.edges.find((e) => e.from === from && e.to === to);
    if (found) {
      if (!found.via.includes(via)) found.via += ` + ${via}`;
      return true;
    }
    const rule = findRule(a.kind, b.kind);
    if (!rule) {
      if (!quiet) {
        this.warnings.push(
          `${from} → ${to} (${via}) is not drawn: the explorer has no ${getKind(a.kind).label} → ${getKind(b.kind).label} connection.`,
        );
      }
      return false;
    }
    const known = variant && rule.variants.some((v) => v.id === variant) ? variant : undefined;
    this.edges.push({ from, to, via, ...(known ? { variant: known } : {}) });
    return true;
  }

  incoming(id: string): DraftEdge[] {
    return this.edges.filter((e) => e.to === id);
  }

  outgoing(id: string): DraftEdge[] {
    return this.edges.filter((e) => e.from === id);
  }

  leaveOut(logicalId: string, type: string, reason: string, foldedInto?: string) {
    if (this.unsupported.some((u) => u.logicalId === logicalId)) return;
    this.unsupported.push({ logicalId, type, reason, ...(foldedInto ? { foldedInto } : {}) });
  }

  noteOrigin(nodeId: string, key: string, path: readonly string[]) {
    (this.origins[nodeId] ??= {})[key] = path;
  }
}
