/** cluster- value rules: clusterName format and the enum-valued cluster fields. */
import { asRecord, clustersOf, show } from '../context.ts'
import type { Check } from '../context.ts'
import { oneOf } from '../oneOf.ts'
import {
  clusterCpuPartitioningMode,
  clusterDiskEncryptionType,
  clusterNameFormat,
  clusterNetworkType,
} from './cluster.ts'
import { msg } from '../../messages/message.ts'

const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

export const clusterValueRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const name = cluster.clusterName
    if (typeof name === 'string' && name && !(name.length <= 54 && DNS1123.test(name)))
      ctx.report(
        clusterNameFormat,
        [...path, 'clusterName'],
        msg(
          'clusterName "{{name}}" must use lowercase letters, digits and "-", start and end alphanumeric, ≤ 54 characters',
          { name: show(name) },
        ),
      )
    oneOf(
      ctx,
      clusterCpuPartitioningMode,
      [...path, 'cpuPartitioningMode'],
      cluster.cpuPartitioningMode,
      ['None', 'AllNodes'],
      msg(
        'cpuPartitioningMode value of [{{cpuPartitioningMode}}] is not valid, supported values are [None AllNodes]',
        { cpuPartitioningMode: show(cluster.cpuPartitioningMode) },
      ),
    )
    oneOf(ctx, clusterNetworkType, [...path, 'networkType'], cluster.networkType, [
      'OVNKubernetes',
      'OpenShiftSDN',
    ])
    // a ClusterInstance's type is a free string (its CRD names none, tpmv2 and tang) that the
    // default templates never read: ci-template-ignored says so, no enum error here
    if (ctx.kind === 'SiteConfig')
      oneOf(
        ctx,
        clusterDiskEncryptionType,
        [...path, 'diskEncryption', 'type'],
        asRecord(cluster.diskEncryption)?.type,
        ['none', 'nbde', 'tpm2'],
      )
  }
}
