/** Notes siteconfig-converter does not give: what it drops or gets wrong without a word. */
import { msg } from '../messages/message.ts'
import type { Path } from '../document/path.ts'
import { error, info, warn } from './noteKinds.ts'

export const ourNotes = {
  siteCrAnnotations: (p: Path) =>
    warn(
      msg(
        "crAnnotations at SiteConfig spec level are not converted: add them to each cluster's extraAnnotations (or its nodes')",
      ),
      p,
    ),
  singleQuote: (field: string, p: Path) =>
    error(
      msg(
        "{{field}} contains a ' (single quote), which breaks the default templates' rendering: percent-encode it (%27) where it sits in a data URL",
        { field },
      ),
      p,
    ),
  clusterType: (ours: string, masters: number, theirs: string, p: Path) =>
    info(
      msg(
        'clusterType is {{ours}} from the number of masters ({{masters}}); siteconfig-converter would write {{theirs}} from the number of nodes',
        { ours, masters, theirs },
      ),
      p,
    ),
  longClusterName: (name: string, length: number, p: Path) =>
    error(
      msg(
        "clusterName '{{name}}' is {{length}} characters: the owned-by label '<namespace>_<name>' of every rendered object passes 63 characters (keep it at 31 or less)",
        { name, length },
      ),
      p,
    ),
  longHostName: (host: string, length: number, p: Path) =>
    error(
      msg(
        "hostName '{{host}}' is {{length}} characters: the BareMetalHost and NMStateConfig labels that carry it take at most 63",
        { host, length },
      ),
      p,
    ),
  duplicateCluster: (name: string, p: Path) =>
    error(
      msg(
        "clusterName '{{name}}' is used by an earlier cluster: this cluster is not written (its file would overwrite that one)",
        { name },
      ),
      p,
    ),
  badClusterName: (name: string, p: Path) =>
    error(
      msg(
        "clusterName '{{name}}' cannot be a file name (it holds a /, a \\ or a control character, or is . or ..): it is not written",
        { name },
      ),
      p,
    ),
  noClusterName: (p: Path) => error(msg('the cluster has no clusterName: it is not written'), p),
  ironicEnabled: (p: Path) =>
    info(
      msg(
        'ironicInspect "enabled" is written as "" (inspection on): ClusterInstance does not accept "enabled"',
      ),
      p,
    ),
  notFirst: (n: number) =>
    info(
      msg(
        'the SiteConfig is document {{n}} of the file: siteconfig-converter reads only the first document and would refuse the file',
        { n },
      ),
    ),
  moreSiteConfigs: (n: number) =>
    warn(msg('the file holds {{n}} SiteConfig documents: only the first is converted', { n })),
}
