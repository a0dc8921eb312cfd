/** cluster- notes (info): nothing here blocks a deployment. */
import { parseJson } from '../../codecs/json.ts'
import { asArray, asRecord, clustersOf, name, where, show } from '../context.ts'
import type { Check } from '../context.ts'
import {
  clusterAcceleratedZtp,
  clusterInstallConfigNetworkType,
  clusterSearchPathsBuiltin,
} from './cluster.ts'
import { msg } from '../../messages/message.ts'

export const clusterInfoRule: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const ico = cluster.installConfigOverrides
    if (typeof ico === 'string') {
      let nt: unknown
      try {
        nt = asRecord(asRecord(parseJson(ico))?.networking)?.networkType
      } catch {
        nt = undefined // cluster-install-config-json reports it
      }
      if (nt !== undefined)
        ctx.report(
          clusterInstallConfigNetworkType,
          [...path, 'installConfigOverrides'],
          msg(
            'networking.networkType {{p}} in installConfigOverrides is replaced by networkType ({{p2}})',
            { p: show(JSON.stringify(nt)), p2: name(cluster.networkType, 'OVNKubernetes') },
          ),
        )
    }
    const labels = asRecord(cluster.clusterLabels)
    const aztp = labels?.['accelerated-ztp']
    if (aztp !== undefined) {
      const at = [...path, 'clusterLabels', 'accelerated-ztp']
      if (aztp !== 'full' && aztp !== 'partial')
        ctx.report(
          clusterAcceleratedZtp,
          at,
          msg('{{where}} must be "full" or "partial" (got {{p}})', {
            where: where(at),
            p: show(JSON.stringify(aztp)),
          }),
        )
      else
        ctx.report(
          clusterAcceleratedZtp.as('info'),
          at,
          msg(
            'accelerated-ztp ({{aztp}}, 4.16+) adds the ConfigMap ref {{p}}-aztp and the plural manifests ref, even in v1',
            { aztp, p: name(cluster.clusterName, '<clusterName>') },
          ),
        )
    }
    if (asArray(asRecord(cluster.extraManifests)?.searchPaths).length)
      ctx.report(
        clusterSearchPathsBuiltin,
        [...path, 'extraManifests', 'searchPaths'],
        msg(
          'searchPaths is set: the built-in extra manifests of the ztp-site-generate container are not included; list their directory too if you need them',
        ),
      )
  }
}
