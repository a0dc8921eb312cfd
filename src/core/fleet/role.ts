/**
 * What a file is to the fleet, from its path and text alone: a site file, a kustomization, or
 * neither. Apart from fleet.ts so that opening a folder (main thread) does not load the rules.
 */
import { isKustomization, isSkipped, isYamlName } from './paths.ts'

// the cheap test before a parse: a site document names its kind or its API group
const SITE_HINT =
  /^\s*(kind:\s*["']?(SiteConfig|ClusterInstance)\b|apiVersion:\s*["']?(ran\.openshift\.io|siteconfig\.open-cluster-management\.io)\/)/m

export type FileRole = 'site' | 'kustomization' | 'other'

/** What a path and its text are to the fleet: a site file, a kustomization, or neither. */
export function roleOf(path: string, text: string): FileRole {
  if (isSkipped(path)) return 'other'
  if (isKustomization(path)) return 'kustomization'
  if (!isYamlName(path)) return 'other'
  return SITE_HINT.test(text) ? 'site' : 'other'
}
