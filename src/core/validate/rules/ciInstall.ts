/** ci- rules on the life cycle: reinstall, holdInstallation, and what may change once installed. */
import { asRecord, show } from '../context.ts'
import type { Check } from '../context.ts'
import { ciImmutableFields, ciReinstall } from './ci.ts'
import { msg } from '../../messages/message.ts'

const GENERATION = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const GENERATION_MAX = 153

export const ciInstallRules: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  const reinstall = asRecord(spec.reinstall)
  if (reinstall) {
    const g = reinstall.generation
    if (
      g !== undefined &&
      (typeof g !== 'string' || !GENERATION.test(g) || g.length > GENERATION_MAX)
    )
      ctx.report(
        ciReinstall,
        ['spec', 'reinstall', 'generation'],
        msg(
          'spec.reinstall.generation {{p}} must be lowercase letters, digits and "-", start and end alphanumeric, at most 153 characters (and never an earlier value)',
          { p: show(JSON.stringify(g)) },
        ),
      )
    ctx.report(
      ciReinstall.as('info'),
      ['spec', 'reinstall'],
      msg(
        'reinstall spec cannot be set during initial installation: add spec.reinstall only to a provisioned cluster, with allowReinstalls on in siteconfig-operator-configuration',
      ),
    )
  }
  if (spec.holdInstallation === true)
    ctx.report(
      ciReinstall.as('info'),
      ['spec', 'holdInstallation'],
      msg(
        'holdInstallation can only be set to true during creation, not during updates: on a provisioned cluster it may only go from true to false',
      ),
    )
  ctx.report(
    ciImmutableFields,
    ['spec'],
    msg(
      'once provisioning started only extraAnnotations, extraLabels, suppressedManifests, pruneManifests, clusterImageSetNameRef, holdInstallation true → false and adding or removing nodes may change (a reinstall also allows bmcAddress, bootMACAddress, interface MACs and rootDeviceHints); other changes fail with "detected unauthorized changes in immutable fields"',
    ),
  )
}
