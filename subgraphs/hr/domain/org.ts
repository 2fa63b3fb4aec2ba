/**
 * The org tree: reporting lines (employee.managerId) and the department tree (department.parentId).
 *
 * Portable reads (no $graphLookup), so the chart is read LEVEL BY LEVEL: one indexed, projected
 * `$in` query per level (children of the previous level's ids), at most `maxDepth` (<= 10) levels.
 * Why not one read of the whole tenant's reporting lines: that costs O(tenant headcount) on every
 * call, while level by level reads only the subtree asked for, with round trips bounded by the
 * depth limit, not by the number of people returned. Full documents are then loaded through the
 * request's DataLoaders (one `$in` for all nodes).
 */
import mongoose, { type Model } from 'mongoose';
import type { HrModels, OrgChartModel, OrgChartNodeModel } from '../models';

export const MAX_ORG_DEPTH = 10;
/** Upward walks (cycle checks) stop here: deeper hierarchies are refused as a cycle. */
const MAX_CHAIN = 100;

interface Link {
  _id: { toString(): string };
  parent: string;
}

async function children(model: Model<any>, field: string, parents: string[]): Promise<Link[]> {
  if (!parents.length) return [];
  const docs = await model
    .find({ [field]: mongoose.trusted({ $in: parents }) })
    .select({ _id: 1, [field]: 1 })
    .sort({ _id: 1 })
    .lean<Array<Record<string, unknown> & { _id: { toString(): string } }>>();
  return docs.map((d) => ({ _id: d._id, parent: String(d[field]) }));
}

/** Orders nodes in pre-order (each node followed by its subtree), given each node's parent. */
function preOrder(root: OrgChartNodeModel, nodes: OrgChartNodeModel[]): OrgChartNodeModel[] {
  const byParent = new Map<string, OrgChartNodeModel[]>();
  for (const node of nodes) byParent.set(node.parentId!, [...(byParent.get(node.parentId!) ?? []), node]);
  const out: OrgChartNodeModel[] = [];
  const visit = (node: OrgChartNodeModel) => {
    out.push(node);
    for (const child of byParent.get((node.employeeId ?? node.departmentId)!) ?? []) visit(child);
  };
  visit(root);
  return out;
}

/** The chart under an employee (reports, transitively) or a department (sub-departments and members); null when the id is neither. */
export async function buildOrgChart(models: HrModels, rootId: string, maxDepth: number): Promise<OrgChartModel | null> {
  if (!mongoose.isObjectIdOrHexString(rootId)) return null;
  const [employee, department] = await Promise.all([
    models.Employee.findById(rootId).select({ _id: 1 }).lean(),
    models.Department.findById(rootId).select({ _id: 1 }).lean(),
  ]);
  if (!employee && !department) return null;
  const nodes: OrgChartNodeModel[] = [];
  let truncated = false;

  if (employee) {
    const root: OrgChartNodeModel = { depth: 0, parentId: null, employeeId: rootId };
    const seen = new Set([rootId]);
    let frontier = [rootId];
    for (let depth = 1; frontier.length; depth++) {
      const level = (await children(models.Employee, 'managerId', frontier)).filter((l) => !seen.has(l._id.toString()));
      if (depth > maxDepth) {
        truncated = level.length > 0;
        break;
      }
      for (const l of level) {
        seen.add(l._id.toString());
        nodes.push({ depth, parentId: l.parent, employeeId: l._id.toString() });
      }
      frontier = level.map((l) => l._id.toString());
    }
    return { maxDepth, truncated, nodes: preOrder(root, nodes) };
  }

  // A department: its sub-department tree level by level, then every member of those departments in one read.
  const root: OrgChartNodeModel = { depth: 0, parentId: null, departmentId: rootId };
  const depthOf = new Map([[rootId, 0]]);
  let frontier = [rootId];
  for (let depth = 1; frontier.length; depth++) {
    const level = (await children(models.Department, 'parentId', frontier)).filter((l) => !depthOf.has(l._id.toString()));
    if (depth > maxDepth) {
      truncated = level.length > 0;
      break;
    }
    for (const l of level) {
      depthOf.set(l._id.toString(), depth);
      nodes.push({ depth, parentId: l.parent, departmentId: l._id.toString() });
    }
    frontier = level.map((l) => l._id.toString());
  }
  const inDepth = [...depthOf].filter(([, d]) => d < maxDepth).map(([id]) => id);
  const members = await children(models.Employee, 'departmentId', inDepth);
  if ([...depthOf.values()].some((d) => d === maxDepth) && !truncated) {
    // members of the deepest included departments would sit below maxDepth
    const deepest = [...depthOf].filter(([, d]) => d === maxDepth).map(([id]) => id);
    truncated = (await models.Employee.countDocuments({ departmentId: mongoose.trusted({ $in: deepest }) })) > 0;
  }
  for (const m of members) nodes.push({ depth: depthOf.get(m.parent)! + 1, parentId: m.parent, employeeId: m._id.toString() });
  return { maxDepth, truncated, nodes: preOrder(root, nodes) };
}

/**
 * Whether making `proposedParentId` the parent (manager / parent department) of `id` would close a
 * loop: walks up from the proposed parent (one projected read per step, bounded).
 */
export async function wouldCycle(
  model: Model<any>,
  field: 'managerId' | 'parentId',
  id: string,
  proposedParentId: string,
): Promise<boolean> {
  let current: string | null | undefined = proposedParentId;
  for (let hops = 0; current; hops++) {
    if (current === id || hops > MAX_CHAIN) return true;
    const doc: Record<string, unknown> | null = await model
      .findById(current)
      .select({ [field]: 1 })
      .lean<Record<string, unknown>>();
    current = (doc?.[field] as string | null | undefined) ?? null;
  }
  return false;
}
