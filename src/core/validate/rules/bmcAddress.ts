/** bmc- rules: the BMC address each node is reached through, and what it needs. */
import type { Path } from '../../document/path.ts'
import { HOST_NAME, asRecord, nodesIn, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { parseIp } from '../cidr.ts'
import {
  bmcAddressCredentials,
  bmcAddressParse,
  bmcBootMacRequired,
  bmcRedfishSystemPath,
  bmcRemovedDriver,
  bmcRequired,
  bmcSecureBoot,
  bmcVirtualMedia,
} from './bmc.ts'
import { msg } from '../../messages/message.ts'

const BASES = [
  'ipmi',
  'libvirt',
  'redfish',
  'redfish-virtualmedia',
  'redfish-uefihttp',
  'ilo5-redfish',
  'ilo5-virtualmedia',
  'idrac-redfish',
  'idrac-virtualmedia',
  'ilo4',
  'ilo4-virtualmedia',
  'ilo5',
  'irmc',
  'idrac',
  'ibmc',
]
const VIRTUAL_MEDIA = new Set([
  'redfish-virtualmedia',
  'redfish-uefihttp',
  'ilo5-virtualmedia',
  'idrac-virtualmedia',
  'ilo4-virtualmedia',
])
const REMOVED = new Set(['idrac', 'ibmc', 'ilo4', 'ilo4-virtualmedia', 'ilo5', 'irmc'])

// [scheme://]user[:password]@ before the host (the authority ends at the first '/')
const USERINFO = /^([a-z0-9+.-]+:\/\/)?([^/@:]*)(?::([^/@]*))?@/i
// whatever still looks like ":secret@" (a password with a '/' in it) is not printed either
const masked = (a: string) => a.replace(/:[^:@]*@/g, ':***@')

/** scheme → driver, host, path of a BMC address; a bare host means ipmi. */
function parseBmc(
  addr: string,
): { scheme: string; base: string; host: string; path: string } | null {
  const m = /^(?:([a-z0-9-]+(?:\+https?)?):\/\/)?(\[[^\]]+\]|[^/:]+)(?::\d+)?(\/.*)?$/i.exec(
    addr.trim(),
  )
  if (!m) return null
  const scheme = (m[1] ?? 'ipmi').toLowerCase()
  return {
    scheme,
    base: scheme.replace(/\+https?$/, ''),
    host: m[2]!.replace(/^\[|\]$/g, ''),
    path: m[3] ?? '',
  }
}

function checkNode(ctx: RuleContext, node: Record<string, unknown>, path: Path) {
  const addr = node.bmcAddress
  const ap = [...path, 'bmcAddress']
  const creds = asRecord(node.bmcCredentialsName)?.name
  if (typeof addr !== 'string' || !addr)
    ctx.report(
      bmcRequired,
      ap,
      msg('{{where}} is required (the BMC that boots the discovery ISO)', { where: where(ap) }),
    )
  if (typeof creds !== 'string' || !creds)
    ctx.report(
      bmcRequired,
      [...path, 'bmcCredentialsName', 'name'],
      msg('{{where}} is required (a Secret with username and password in the cluster namespace)', {
        where: where([...path, 'bmcCredentialsName', 'name']),
      }),
    )
  if (node.bootMACAddress === undefined || node.bootMACAddress === '')
    ctx.report(
      bmcBootMacRequired,
      [...path, 'bootMACAddress'],
      msg('{{where}}.bootMACAddress is required (BMC driver requires a BootMACAddress value)', {
        where: where(path),
      }),
    )
  if (typeof addr !== 'string' || !addr) return
  // user:pass@ in the address: its own error, and no message below prints the password
  const cred = USERINFO.exec(addr)
  if (cred)
    ctx.report(
      bmcAddressCredentials,
      ap,
      msg(
        '{{where}} holds credentials ({{user}}@); keep them in the bmcCredentialsName Secret and remove them from the address (it is stored in git)',
        { where: where(ap), user: `${cred[2]}${cred[3] !== undefined ? ':***' : ''}` },
      ),
    )
  const plain = cred ? addr.replace(USERINFO, '$1') : addr
  const b = parseBmc(plain)
  if (!b || !BASES.includes(b.base)) {
    const scheme = b?.scheme ?? plain.split('://')[0]
    return ctx.report(
      bmcAddressParse,
      ap,
      msg("Unknown BMC type '{{scheme}}' for address {{p}}", {
        scheme: show(scheme),
        p: masked(plain),
      }),
    )
  }
  if (!parseIp(b.host) && !HOST_NAME.test(b.host))
    return ctx.report(
      bmcAddressParse,
      ap,
      msg('BMC address hostname/IP : [{{host}}] is invalid', { host: b.host }),
    )
  if (REMOVED.has(b.base))
    ctx.report(
      bmcRemovedDriver,
      ap,
      msg('BMC driver "{{base}}" is removed in current metal3; check your OpenShift version', {
        base: show(b.base),
      }),
    )
  if (!VIRTUAL_MEDIA.has(b.base))
    ctx.report(
      bmcVirtualMedia,
      ap,
      msg(
        '{{scheme}}:// cannot boot the discovery ISO via virtual media; use redfish-virtualmedia:// or idrac-virtualmedia://',
        { scheme: b.scheme },
      ),
    )
  if (
    /redfish|virtualmedia|uefihttp/.test(b.base) &&
    b.base !== 'ilo4-virtualmedia' &&
    !/\/redfish\/v1\/Systems\/[^/]+/.test(b.path)
  )
    ctx.report(
      bmcRedfishSystemPath,
      ap,
      msg(
        'redfish address has no /redfish/v1/Systems/<id>; required if the BMC manages more than one system',
      ),
    )
  if (node.bootMode === 'UEFISecureBoot' && (b.base === 'ipmi' || b.base === 'libvirt'))
    ctx.report(
      bmcSecureBoot,
      [...path, 'bootMode'],
      msg('UEFISecureBoot is not supported by the {{base}} driver', { base: b.base }),
    )
}

export const bmcRules: Check = (ctx) => {
  for (const { node, path } of nodesIn(ctx)) checkNode(ctx, node, path)
}
