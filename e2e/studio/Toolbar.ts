/** The document toolbar: import, new, undo/redo, copy, download, start over; notices; autosave. */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { documentText } from './store.ts'

export interface Downloaded {
  name: string
  bytes: Buffer
  text: string
}

export class Toolbar {
  readonly importInput: Locator
  /** the app's one-line notices ("Imported x.yaml.", "Copied …") */
  readonly notice: Locator
  readonly fileName: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator

  constructor(private readonly page: Page) {
    // named in the language shown
    this.importInput = page.getByLabel(/^(Import SiteConfig file|SiteConfig 파일 가져오기)$/)
    this.notice = page.getByTestId('notice')
    this.fileName = page.getByTitle('Current document')
    this.undoButton = this.button('Undo')
    this.redoButton = this.button('Redo')
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Imports a file from disk, or `{name, text|buffer}`, and waits for the "Imported" notice. */
  async import(file: string | { name: string; text: string }, timeout?: number): Promise<void> {
    const name = typeof file === 'string' ? basename(file) : file.name
    await this.importRaw(typeof file === 'string' ? file : { name, buffer: Buffer.from(file.text) })
    await expect(this.notice).toHaveText(`Imported ${name}.`, timeout ? { timeout } : {})
    if (typeof file !== 'string') await expect.poll(() => documentText(this.page)).toBe(file.text)
  }

  /** Hands a file to the import input without waiting: for imports that are refused. */
  async importRaw(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.importInput.setInputFiles(
      typeof file === 'string' ? file : { ...file, mimeType: 'application/yaml' },
    )
  }

  /** Clicks a toolbar (or pane) button that downloads, and returns the file. */
  async download(button = 'Download YAML'): Promise<Downloaded> {
    return this.saved(() => this.page.getByRole('button', { name: button }).click())
  }

  /** Downloads with Ctrl+S. */
  async downloadWithKeys(): Promise<Downloaded> {
    return this.saved(() => this.page.keyboard.press('Control+s'))
  }

  /** Runs `act` and returns the file it downloads. */
  async saved(act: () => Promise<void>): Promise<Downloaded> {
    const [dl] = await Promise.all([this.page.waitForEvent('download'), act()])
    const bytes = readFileSync((await dl.path())!)
    return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') }
  }

  async copy(): Promise<void> {
    await this.button('Copy YAML').click()
  }

  async undo(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.undoButton.click()
  }

  async redo(): Promise<void> {
    await this.redoButton.click()
  }

  /** Opens the New dialog and returns it. */
  async openNew(): Promise<Locator> {
    await this.button('New').click()
    return this.page.getByRole('dialog', { name: 'New document' })
  }

  /** New → the template whose radio matches `template` → Create. */
  async newDocument(template: RegExp): Promise<void> {
    const dialog = await this.openNew()
    await dialog.getByRole('radio', { name: template }).check()
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Opens the Start over confirmation and returns it. */
  async openStartOver(): Promise<Locator> {
    await this.button('Start over').click()
    return this.page.getByRole('dialog', { name: 'Start over?' })
  }
}

/** The toolbar's autosave marker: how many writes finished since the page loaded. */
export class Autosave {
  readonly marker: Locator

  constructor(page: Page) {
    this.marker = page.getByTestId('autosave')
  }

  async saves(): Promise<number> {
    return Number(await this.marker.getAttribute('data-saves'))
  }

  /** Waits until a write that started after `before` writes has finished. */
  async waitForSave(before: number): Promise<void> {
    await expect.poll(() => this.saves(), { timeout: 30_000 }).toBeGreaterThan(before)
    await expect(this.marker).toHaveText(/^Saved \d\d:\d\d$/)
  }
}
