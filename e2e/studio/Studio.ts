/**
 * The app as a test drives it: one page object per pane, made by the `studio` fixture. Specs say
 * what a user does (select a node, fill a field, open a tab); how that is found lives here.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { Field } from './Field.ts'
import type { FieldPath } from './Field.ts'
import { Form } from './Form.ts'
import { Keyboard } from './Keyboard.ts'
import { Masthead } from './Masthead.ts'
import { Diff, Palette, Problems, Tabs } from './panes.ts'
import { Preview } from './Preview.ts'
import { Resources } from './Resources.ts'
import { Sites } from './Sites.ts'
import { documentText, storedPrefs } from './store.ts'
import { Autosave, Toolbar } from './Toolbar.ts'
import { Tree } from './Tree.ts'
import type { Name } from './Tree.ts'
import { YamlPane } from './YamlPane.ts'

export interface OpenOptions {
  /** a document to import after the seed has opened */
  text?: string
  /** its file name (default: document.yaml) */
  name?: string
  /** a file on disk to import instead */
  fixture?: string
}

export class Studio {
  readonly masthead: Masthead
  readonly keyboard: Keyboard
  readonly yaml: YamlPane
  readonly toolbar: Toolbar
  readonly autosave: Autosave
  readonly tree: Tree
  readonly form: Form
  readonly tabs: Tabs
  readonly problems: Problems
  readonly diff: Diff
  readonly preview: Preview
  readonly resources: Resources
  readonly sites: Sites
  readonly palette: Palette
  /** the right pane and the handle that resizes it */
  readonly rightPane: Locator
  readonly resizer: Locator

  constructor(readonly page: Page) {
    this.masthead = new Masthead(page)
    this.keyboard = new Keyboard(page)
    this.yaml = new YamlPane(page)
    this.toolbar = new Toolbar(page)
    this.autosave = new Autosave(page)
    this.tree = new Tree(page)
    this.form = new Form(page)
    this.tabs = new Tabs(page)
    this.problems = new Problems(page, this.tabs)
    this.diff = new Diff(page, this.tabs, this.toolbar)
    this.preview = new Preview(page, this.tabs, this.yaml)
    this.resources = new Resources(page, this.tabs)
    this.sites = new Sites(page, this.tabs, this.toolbar)
    this.palette = new Palette(page)
    this.rightPane = page.getByRole('region', { name: 'Document views' })
    this.resizer = page.getByRole('separator', { name: 'Resize the YAML pane' })
  }

  /** Opens the app, waits until the YAML pane holds the document, then imports one if given. */
  async open(o: OpenOptions = {}): Promise<void> {
    await this.visit()
    await this.yaml.ready()
    if (o.fixture !== undefined) await this.toolbar.import(o.fixture)
    if (o.text !== undefined)
      await this.toolbar.import({ name: o.name ?? 'document.yaml', text: o.text })
  }

  /** Navigates to the app without waiting for Monaco. */
  async visit(): Promise<void> {
    await this.page.goto('/')
  }

  /** Reloads the page and waits for the YAML pane. */
  async reload(): Promise<void> {
    await this.page.reload()
    await this.yaml.ready()
  }

  /** Opens the app again, as a reload would, leaving past the "unsaved changes" prompt. */
  async reopen(): Promise<void> {
    this.page.once('dialog', (d) => void d.accept())
    await this.open()
  }

  /** The document text as the app holds it (what download, copy and autosave see). */
  text(): Promise<string> {
    return documentText(this.page)
  }

  field(path: FieldPath): Field {
    return new Field(this.page, path)
  }

  selectSite(): Promise<void> {
    return this.tree.selectSite()
  }

  selectCluster(cluster: Name | number): Promise<void> {
    return this.tree.selectCluster(cluster)
  }

  selectNode(cluster: Name | number, node: Name | number): Promise<void> {
    return this.tree.selectNode(cluster, node)
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  /** Holds back the lazy YAML pane's chunk until the returned function is called. */
  async holdYamlEditor(): Promise<() => void> {
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    await this.page.route(/\/assets\/YamlPane-[^/]+\.js$/, async (route) => {
      await gate
      await route.continue()
    })
    return release
  }

  /**
   * From the next load on, records every value the field at `path` shows, from the first render
   * (a MutationObserver installed before the app's scripts run).
   */
  async recordValues(path: string): Promise<() => Promise<string[]>> {
    await this.page.addInitScript((name) => {
      const seen: string[] = ((window as unknown as { seenValues: string[] }).seenValues = [])
      new MutationObserver(() => {
        const v = document.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value
        if (v !== undefined && seen.at(-1) !== v) seen.push(v)
      }).observe(document, { subtree: true, childList: true, attributes: true })
    }, path)
    return () =>
      this.page.evaluate(() => (window as unknown as { seenValues: string[] }).seenValues)
  }

  /** From the next load on, collects CSP violations (events and console refusals). */
  async watchCsp(): Promise<() => Promise<string[]>> {
    const refused: string[] = []
    this.page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text())
    })
    await this.page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] }
      w.__csp = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    return async () => [
      ...(await this.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
      ...refused,
    ]
  }

  /** The Content-Security-Policy the page declares. */
  csp(): Promise<string | null> {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  }

  backgroundColor(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  }

  async rightPaneWidth(): Promise<number> {
    return (await this.rightPane.boundingBox())!.width
  }

  /** Waits until the stored layout preferences hold the pane width the resizer shows. */
  async waitForLayoutSaved(): Promise<void> {
    const width = Number(await this.resizer.getAttribute('aria-valuenow'))
    await expect.poll(async () => (await storedPrefs(this.page)).paneWidth).toBe(width)
  }

  /** Counts the "leave the page?" prompts from now on, accepting each. */
  countLeavePrompts(): { count: number } {
    const asked = { count: 0 }
    this.page.on('dialog', (d) => {
      if (d.type() === 'beforeunload') asked.count++
      void d.accept()
    })
    return asked
  }
}
