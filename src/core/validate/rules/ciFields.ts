/** ci- rules on the CRD: required members, enums, and the label lengths rendering needs. */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, nodesIn, where } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { oneOf } from '../oneOf.ts'
import { ciEnum, ciLabelLength, ciRequired } from './ci.ts'
import { msg } from '../../messages/message.ts'

const CLUSTER_TYPES = ['SNO', 'HighlyAvailable', 'HostedControlPlane', 'HighlyAvailableArbiter']
const PLATFORMS = ['', 'BareMetal', 'None', 'VSphere', 'Nutanix', 'External']
const PRESERVATION = ['None', 'All', 'ClusterIdentity']
// the owned-by label `<ns>_<name>` (both clusterName) is a label value: at most 63 characters
const CLUSTER_NAME_MAX = 31
const HOST_NAME_MAX = 63

/** both members of a reference the CRD requires (minLength 1) */
function refMembers(ctx: RuleContext, path: Path, v: unknown) {
  const ref = asRecord(v)
  if (!ref) return
  for (const k of ['name', 'namespace'])
    if (typeof ref[k] !== 'string' || !ref[k])
      ctx.report(
        ciRequired,
        ref[k] === undefined ? path : [...path, k],
        msg('{{where}}.{{k}} is required (a non-empty string)', { where: where(path), k }),
      )
}

function refs(ctx: RuleContext, base: Path, owner: Record<string, unknown>) {
  asArray(owner.templateRefs).forEach((r, i) => refMembers(ctx, [...base, 'templateRefs', i], r))
}

function tooLong(ctx: RuleContext, path: Path, v: unknown, max: number, why: string) {
  if (typeof v !== 'string' || v.length <= max) return
  ctx.report(
    ciLabelLength,
    path,
    why === 'cluster'
      ? msg(
          '{{where}} is {{n}} characters: the owned-by label <namespace>_<name> of every rendered object passes 63; keep it to {{max}}',
          { where: where(path), n: v.length, max },
        )
      : msg(
          '{{where}} is {{n}} characters: the BareMetalHost and NMStateConfig labels that carry it take at most {{max}}',
          { where: where(path), n: v.length, max },
        ),
  )
}

export const ciFieldRules: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) {
    if (ctx.data.spec === undefined)
      ctx.report(
        ciRequired,
        [],
        msg(
          'spec is missing: a ClusterInstance needs clusterName, baseDomain, pullSecretRef, templateRefs and nodes',
        ),
      )
    return
  }
  if (spec.nodes === undefined || spec.nodes === null)
    ctx.report(ciRequired, ['spec'], msg("spec.nodes is required: list the cluster's hosts"))
  refs(ctx, ['spec'], spec)
  const reinstall = asRecord(spec.reinstall)
  if (reinstall && reinstall.generation === undefined)
    ctx.report(ciRequired, ['spec', 'reinstall'], msg('spec.reinstall.generation is required'))
  oneOf(ctx, ciEnum, ['spec', 'clusterType'], spec.clusterType, CLUSTER_TYPES)
  oneOf(ctx, ciEnum, ['spec', 'platformType'], spec.platformType, PLATFORMS)
  oneOf(ctx, ciEnum, ['spec', 'cpuArchitecture'], spec.cpuArchitecture, [
    'x86_64',
    'aarch64',
    'multi',
  ])
  oneOf(
    ctx,
    ciEnum,
    ['spec', 'reinstall', 'preservationMode'],
    reinstall?.preservationMode,
    PRESERVATION,
  )
  tooLong(ctx, ['spec', 'clusterName'], spec.clusterName, CLUSTER_NAME_MAX, 'cluster')
  for (const { node, path } of nodesIn(ctx)) {
    refs(ctx, path, node)
    refMembers(ctx, [...path, 'hostRef'], node.hostRef)
    oneOf(ctx, ciEnum, [...path, 'cpuArchitecture'], node.cpuArchitecture, ['x86_64', 'aarch64'])
    tooLong(ctx, [...path, 'hostName'], node.hostName, HOST_NAME_MAX, 'host')
  }
}
