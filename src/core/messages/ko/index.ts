/** The Korean finding messages, one file per rule family; keys are the English templates. */
import { args } from './args.ts'
import { ci } from './ci.ts'
import { ciRules } from './ciRules.ts'
import { cluster } from './cluster.ts'
import { convert } from './convert.ts'
import { core } from './core.ts'
import { fleet } from './fleet.ts'
import { ign } from './ign.ts'
import { net } from './net.ts'
import { node } from './node.ts'
import { precache } from './precache.ts'
import { render } from './render.ts'
import { renderCi } from './renderCi.ts'
import { renderNotes } from './renderNotes.ts'
import { site } from './site.ts'
import { yaml } from './yaml.ts'

export const ko: Readonly<Record<string, string>> = {
  ...core,
  ...site,
  ...cluster,
  ...node,
  ...net,
  ...ign,
  ...precache,
  ...args,
  ...yaml,
  ...convert,
  ...ci,
  ...ciRules,
  ...render,
  ...renderNotes,
  ...renderCi,
  ...fleet,
}
