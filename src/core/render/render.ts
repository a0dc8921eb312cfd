/** Renders a site file as the hub would: the generator for a SiteConfig, the default templates for a ClusterInstance. */
import { fileKind, siteData } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { renderClusterInstance } from './clusterinstance/index.ts'
import { renderSiteConfig } from './siteconfig/index.ts'
import type { RenderOptions, RenderResult } from './types.ts'

/** undefined when the file has no site document to render (not YAML, not a site) */
export function renderFile(file: SiteFile, options: RenderOptions = {}): RenderResult | undefined {
  const data = siteData(file)
  if (!data || file.fatal) return undefined
  return fileKind(file) === 'ClusterInstance'
    ? renderClusterInstance(data, options)
    : renderSiteConfig(data, options)
}
