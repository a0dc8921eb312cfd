/** The navigator: the tree of site, clusters and nodes, and its structure buttons. */
import type { Locator, Page } from '@playwright/test'

export type Name = string | RegExp

export class Tree {
  readonly root: Locator
  /** every visible row */
  readonly items: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByRole('tree')
    this.items = this.root.getByRole('treeitem')
  }

  /**
   * The row named `name`. A row's accessible name is its visible text ("sno1 · 2 nodes 1 error"),
   * so a string matches the item's own name: the whole name, or its start followed by a space.
   */
  item(name: Name): Locator {
    const re = typeof name === 'string' ? new RegExp(`^${escape(name)}( |$)`) : name
    return this.page.getByRole('treeitem', { name: re })
  }

  async selectSite(): Promise<void> {
    await this.byLevel(1).first().click()
  }

  async selectCluster(cluster: Name | number): Promise<void> {
    await (typeof cluster === 'number' ? this.byLevel(2).nth(cluster) : this.item(cluster)).click()
  }

  /** The node `node` (name or index within its cluster) of the cluster `cluster` (name or index). */
  async selectNode(cluster: Name | number, node: Name | number): Promise<void> {
    if (typeof node !== 'number') return this.item(node).click()
    const rows = await this.items.evaluateAll((els) =>
      els.map(
        (e) =>
          [
            Number(e.getAttribute('aria-level')),
            e.querySelector('.tree-label')?.textContent ?? '',
          ] as const,
      ),
    )
    const clusters = rows.flatMap(([level], i) => (level === 2 ? [i] : []))
    const at =
      typeof cluster === 'number'
        ? clusters[cluster]
        : clusters.find((i) =>
            typeof cluster === 'string' ? rows[i]![1] === cluster : cluster.test(rows[i]![1]),
          )
    if (at === undefined) throw new Error(`no cluster ${String(cluster)} in the tree`)
    const row = at + 1 + node
    if (rows[row]?.[0] !== 3) throw new Error(`cluster ${String(cluster)} shows no node ${node}`)
    await this.items.nth(row).click()
  }

  private byLevel(level: number): Locator {
    return this.root.locator(`[role="treeitem"][aria-level="${level}"]`)
  }

  /** A structure button: Add node, Duplicate node, Remove node, Move up, Move down, … */
  async act(
    name:
      | 'Add node'
      | 'Add cluster'
      | `Duplicate ${string}`
      | `Remove ${string}`
      | 'Move up'
      | 'Move down',
  ): Promise<void> {
    await this.page.getByRole('button', { name }).click()
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
