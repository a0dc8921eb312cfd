/** Argument parsing and help texts for the CLI. */
import { CliError } from './io.ts'

const VALUE_OPTIONS = new Set([
  'format',
  'label',
  'cluster',
  'ignition-version',
  'severity',
  'release',
  'repo-root',
  'lang',
  'acm',
  'extra-manifests',
  'diff',
  'port',
  'jobs',
])
const BOOL_FLAGS = new Set(['help', 'in-place', 'single-file', 'redact', 'sites-only'])
// convert's flags are siteconfig-converter's own single letters
const CONVERT_VALUES = new Set(['-d', '-t', '-n', '-m', '-s'])
const CONVERT_FLAGS = new Set(['-w', '-c'])

/**
 * The argument a validation thread is started with (validateWorkers.ts): the bundle's entry knows
 * a thread by it without loading node:worker_threads in every run.
 */
export const WORKER_ARG = '--siteconfig-studio-validate-thread'

export function parseArgs(argv: string[]) {
  const positional: string[] = []
  const options: Record<string, string | undefined> = {}
  const flags = new Set<string>()
  let command: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '-h') flags.add('help')
    else if (command === 'convert' && CONVERT_FLAGS.has(arg)) flags.add(arg.slice(1))
    else if (command === 'convert' && CONVERT_VALUES.has(arg)) {
      const v = argv[++i]
      if (v === undefined) throw new CliError(`${arg} needs a value`)
      options[arg.slice(1)] = v
    } else if (arg.startsWith('--') && arg.length > 2) {
      const [k, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined]
      if (BOOL_FLAGS.has(k)) flags.add(k)
      else if (VALUE_OPTIONS.has(k)) {
        const v = inline ?? argv[++i]
        if (v === undefined) throw new CliError(`--${k} needs a value`)
        options[k] = v
      } else throw new CliError(`unknown option --${k} (see --help)`)
    } else if (!command) command = arg
    else positional.push(arg)
  }
  if (options.format !== undefined && !['json', 'text', 'sarif'].includes(options.format))
    throw new CliError('--format must be text, json or sarif')
  if (options.format === 'sarif' && command !== 'validate')
    throw new CliError('--format sarif is for validate')
  return { command, positional, options, flags }
}

export const HELP = {
  main: `siteconfig-studio — read, edit and check GitOps ZTP SiteConfig files without reformatting them

Usage: siteconfig-studio <command> [options] FILE…   (FILE "-" reads standard input)

Commands:
  fmt FILE                    print the file as the editor exports it unedited (byte-identical)
  set FILE…|DIR PATH=VALUE…  set fields; one file prints its text, several a patch (--in-place writes)
  explain FILE [--redact]     show each cluster's and node's systemd units, decoded files, users
  precache FILE               print the file with factory image pre-caching enabled
  validate FILE…|DIR…        check site files and the rules between them; exit 0, 1 errors, 2 unreadable
  convert FILE [-d DIR]       SiteConfig → ClusterInstance (siteconfig-converter's flags)
  render FILE [--diff BASE]   the resources the hub renders from FILE, or what changes from BASE
  serve [DIR] [--port N]      the editor in the browser, at http://127.0.0.1:8417/

Files are read only if they are regular files up to 10 MB. What the CLI prints from a file has
its control characters escaped (\\x1b, \\u2028), so it cannot drive a terminal or a CI log.
Run "siteconfig-studio <command> --help" for a command's options.
`,
  fmt: `Usage: siteconfig-studio fmt FILE\n\nPrints FILE exactly as SiteConfig Studio would export it unedited: byte-identical.\n`,
  set: `Usage: siteconfig-studio set FILE…|DIR… PATH=VALUE… [--in-place]

Sets fields; only the lines of the named fields change. One FILE: prints its new text. Several
files, or a DIR (its SiteConfig and ClusterInstance files, by kind): prints one patch of every
change, for "git apply" from the repository's top; --in-place writes the files instead.
  PATH    dotted document path; list items by index (spec.clusters.0.clusterImageSetNameRef)
          or by a member's value: spec.clusters[clusterName=sno-7].clusterImageSetNameRef,
          spec.clusters[clusterName=sno-7].nodes[hostName="n1.example.com"].bmcAddress
          A file where the selector matches nothing is left alone; a PATH that selects nothing
          in any file is an error, and so is a selector two items match.
  VALUE   JSON (true, 23, "text", {"a":1}) or else taken as a plain string
  --in-place   write the files instead of printing

Examples:
  siteconfig-studio set site.yaml spec.clusters.0.clusterImageSetNameRef=img4.16 --in-place
  siteconfig-studio set siteconfig/ 'spec.clusters[clusterName=sno-7].clusterImageSetNameRef=img4.18' | git apply
`,
  explain: `Usage: siteconfig-studio explain FILE [--redact]

Per cluster (discovery stage) and node (install stage): each systemd unit's contents, each file's
path, mode (octal and decimal), owner and decoded contents, each Ignition user, and the node's
installerArgs. Contents longer than 256 KB are cut, saying how much is not shown.
  --redact   mask private keys (PEM and OpenSSH blocks) and passwordHash values, e.g.
             "(redacted: private key, 1,679 bytes)": output safe to paste into a review
`,
  precache: `Usage: siteconfig-studio precache FILE [--label L] [--cluster NAME] [--ignition-version V]

Adds the factory image pre-caching hooks to every cluster (or the named one) and all its nodes:
discovery-stage units and extract-ai.sh on the cluster, install-stage units, extract-ocp.sh and
--save-partlabel L on each node. Idempotent. Prints the result.
  --label L               GPT partition label (default data)
  --cluster NAME          only this cluster
  --ignition-version V    3.1.0 or 3.2.0 (default: keep the override's, else 3.1.0)
`,
  validate: `Usage: siteconfig-studio validate FILE…|DIR… [--format text|json|sarif] [--severity S]
                         [--release 4.N] [--repo-root DIR] [--single-file] [--sites-only]

A DIR is walked (.git and node_modules skipped, symlinks not followed): its SiteConfig and
ClusterInstance files (by kind, .yaml/.yml) are checked one by one, and all site files and
kustomization.yaml files together by the rules between files (fleet-*: one cluster name, MAC,
BMC address or VIP in two sites, nested machine networks, a cluster in both kinds, site files
no kustomization lists, entries that name missing files). A FILE named is checked whatever it
holds.
Prints FILE:LINE:COL: error|warning|info: MESSAGE [rule-id] for each problem (a finding between
files: one such line for each file and line it involves).
  --format json   an array of {file, line, column, severity, rule, message, path}; a finding
                  between files adds related: [{file, line, column, path}]
  --format sarif  SARIF 2.1.0 for code-scanning uploads (paths relative to the repository)
  --severity S    the least severe findings shown: error, warning (default) or info
  --release 4.N   the target ztp-site-generate release: fields it does not know are reported
  --repo-root DIR the repository the files a SiteConfig names must lie in (default: the git
                  top level of FILE, the nearest directory above it holding .git; else FILE's
                  own directory)
  --single-file   do not read the files the SiteConfig names (crTemplates, biosConfigRef,
                  extra-manifest directories; by default read relative to FILE), and do not
                  run the rules between files
  --jobs N        threads for the files of a DIR (default: one per core, up to 8, from four
                  cores on; else one)
  --sites-only    skip named FILEs that are not site files, as in a DIR (for pre-commit hooks,
                  which name every changed .yaml)
  --lang en|ko    the language of the messages (default: LC_ALL, LC_MESSAGES or LANG, e.g.
                  ko_KR.UTF-8; else English); with --lang or in Korean, JSON output adds
                  messageId (the English template) and params to each finding
Named files are read only inside the repository: an absolute path, a .. that leaves it or a
symlink that resolves outside is an error [site-file-outside-repo], and so is a FIFO, device,
directory or file over 10 MB [site-file-unreadable]; their contents are never read or printed.
Exit status: 0 no errors, 1 errors, 2 a file cannot be read, is not YAML or failed to validate
(the other files are still checked).
`,
  convert: `Usage: siteconfig-studio convert FILE [-d DIR] [-t ns/name,…] [-n ns/name,…] [-m cm,…]
                                 [-s Kind,…] [-w] [-c] [--lang en|ko]

Converts each cluster of a SiteConfig to a ClusterInstance, with siteconfig-converter's field
mapping and notes; clusterType comes from the number of masters. The output is the same on
every run (no timestamp).
  -d DIR   write <clusterName>.yaml per cluster, extra-manifests/ (the files extraManifests
           names, read only inside the repository; one directory per cluster when there are
           several) and kustomization-configMapGenerator-snippet.yaml (one ConfigMap per
           cluster namespace); without -d the ClusterInstances go to standard output as one
           YAML stream
  -t REFS  cluster templateRefs (default open-cluster-management/ai-cluster-templates-v1)
  -n REFS  node templateRefs (default open-cluster-management/ai-node-templates-v1)
  -m CMS   extra-manifest ConfigMaps to reference as well
  -s KINDS manifests to suppress at cluster level (added to crSuppression)
  -w       write the notes as comments at the head of each ClusterInstance
  -c       carry the SiteConfig's comments over, each to its field
Notes go to standard error ("cluster: severity: text"; with -w only errors).
Exit status: 0 converted, 1 a cluster has an error note (some may not be written), 2 the
file cannot be read, is not a SiteConfig, or an option is wrong.
`,
  render: `Usage: siteconfig-studio render FILE [--extra-manifests DIR] [--acm 2.13|2.14] [--lang en|ko]
       siteconfig-studio render --diff BASE FILE

Prints the resources the hub creates from FILE as one YAML stream: for a SiteConfig what the
siteconfig-generator renders (Namespace, AgentClusterInstall, ClusterDeployment, InfraEnv,
BareMetalHost, NMStateConfig, HostFirmwareSettings, ManagedCluster, KlusterletAddonConfig and the
extra-manifest ConfigMap), for a ClusterInstance what the default assisted-installer templates
render. Notes (template overrides that replace a resource, manifests from the ztp container)
go to standard error.
  --extra-manifests DIR  the ztp container's extra-manifest directory: the built-in manifests'
                         data (otherwise their names only); the files the SiteConfig names are
                         read relative to FILE, inside its repository
  --acm 2.13|2.14        the ACM release of the ClusterInstance templates (default 2.14: one
                         InfraEnv per node; 2.13: one per cluster)
  --diff BASE            print the changed resources and fields from BASE to FILE, with their
                         consequences (ISO regenerated, immutable after installation)
Exit status: 0 rendered, 1 the hub would fail to render FILE (the reason on standard error),
2 a file cannot be read or is not a SiteConfig or ClusterInstance.
`,
  serve: `Usage: siteconfig-studio serve [DIR] [--port N]

Serves the editor (the app built into this package) at http://127.0.0.1:N/ and prints the URL;
it runs until Ctrl+C. Only 127.0.0.1 listens, and only requests naming 127.0.0.1:N or
localhost:N as their Host are answered (no other machine, no DNS-rebinding page).
  DIR        a directory the app may open, read-only: its regular files (node_modules skipped,
             .git kept; symlinks that leave DIR are not followed; up to 20,000 files, 200 MB)
             at /__repo/index.json and /__repo/PATH
  --port N   the port (default 8417); 0 picks a free one
`,
}
