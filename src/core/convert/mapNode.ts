/** One SiteConfig node → one ClusterInstance node, with its notes (upstream's and ours). */
import type { Path } from '../document/path.ts'
import { notes } from './notes.ts'
import type { TemplateRef } from './options.ts'
import type { Note } from './types.ts'
import type { Obj } from './values.ts'
import {
  anyMap,
  compact,
  kindMap,
  list,
  nonEmpty,
  nonEmptyList,
  obj,
  str,
  strList,
  strMap,
} from './values.ts'

const MAX_HOSTNAME = 63

/** upstream's per-node warnings, in its order */
export function nodeNotes(node: Obj, p: Path): Note[] {
  const host = str(node.hostName)
  const out: Note[] = []
  if (list(node.diskPartition).length) out.push(notes.diskPartition(host, [...p, 'diskPartition']))
  if (Object.keys(obj(node.userData)).length) out.push(notes.userData(host, [...p, 'userData']))
  const bios = str(obj(node.biosConfigRef).filePath)
  if (bios) out.push(notes.biosNode(bios, host, [...p, 'biosConfigRef']))
  if (Object.keys(obj(node.crTemplates)).length)
    out.push(notes.crTemplatesNode(host, [...p, 'crTemplates']))
  const cpuset = str(node.cpuset)
  if (cpuset) out.push(notes.cpuset(cpuset, host, [...p, 'cpuset']))
  return out
}

/** notes upstream does not give: a ' in a JSON string, a hostName too long for a label */
export function nodeChecks(node: Obj, p: Path): Note[] {
  const out: Note[] = []
  const host = str(node.hostName)
  if (host.length > MAX_HOSTNAME)
    out.push(notes.longHostName(host, host.length, [...p, 'hostName']))
  for (const f of ['installerArgs', 'ignitionConfigOverride'])
    if (str(node[f]).includes("'")) out.push(notes.singleQuote(f, [...p, f]))
  if (str(node.ironicInspect) === 'enabled') out.push(notes.ironicEnabled([...p, 'ironicInspect']))
  return out
}

function nodeNetwork(v: unknown): Obj | undefined {
  const nn = obj(v)
  const interfaces = list(nn.interfaces).map((i) => ({
    name: str(obj(i).name),
    macAddress: str(obj(i).macAddress),
  }))
  const config = anyMap(nn.config)
  if (!interfaces.length && !config) return undefined
  return compact({ interfaces: nonEmptyList(interfaces), config })
}

export function mapNode(node: Obj, refs: TemplateRef[]): Obj {
  const ironic = str(node.ironicInspect)
  return compact({
    hostName: str(node.hostName),
    role: nonEmpty(str(node.role)),
    bmcAddress: str(node.bmcAddress),
    bmcCredentialsName: { name: str(obj(node.bmcCredentialsName).name) },
    bootMACAddress: str(node.bootMACAddress),
    bootMode: nonEmpty(str(node.bootMode)),
    rootDeviceHints: anyMap(node.rootDeviceHints),
    installerArgs: nonEmpty(str(node.installerArgs)),
    ignitionConfigOverride: nonEmpty(str(node.ignitionConfigOverride)),
    nodeNetwork: nodeNetwork(node.nodeNetwork),
    templateRefs: refs.map((r) => ({ ...r })),
    automatedCleaningMode: nonEmpty(str(node.automatedCleaningMode)),
    extraAnnotations: kindMap(obj(node.crAnnotations).add),
    // ClusterInstance does not accept "enabled": "" is inspection on
    ironicInspect: ironic === 'enabled' ? undefined : nonEmpty(ironic),
    nodeLabels: strMap(node.nodeLabels),
    suppressedManifests: nonEmptyList(strList(node.crSuppression)),
  })
}

export const isMaster = (node: unknown) => ['', 'master'].includes(str(obj(node).role))
export const isArbiter = (node: unknown) => str(obj(node).role) === 'arbiter'
