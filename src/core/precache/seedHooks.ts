/**
 * The pre-cache hooks of the OpenShift docs' "Pre-caching images in ZTP" example (the seed),
 * as parameterised templates. Defaults reproduce the seed byte for byte; the docs' known script
 * defects are kept on purpose (validation reports them), so the preset matches what operators
 * already have in git.
 */

export interface ScriptParams {
  mountPoint: string
  imageList: string
}

/** extract-ai.sh (discovery stage) */
export function extractAiScript(p: ScriptParams): string {
  return `#!/bin/bash

FOLDER="\${FOLDER:-$(pwd)}"
OCP_RELEASE_LIST="\${OCP_RELEASE_LIST:-${p.imageList}}"
BINARY_FOLDER=${p.mountPoint}

pushd $FOLDER

total_copies=$(sort -u $BINARY_FOLDER/$OCP_RELEASE_LIST | wc -l)  # Required to keep track of the pull task vs total
current_copy=1

while read -r line;
do
  uri=$(echo "$line" | awk '{print$1}')
  #tar=$(echo "$line" | awk '{print$2}')
  podman image exists $uri
  if [[ $? -eq 0 ]]; then
      echo "Skipping existing image $tar"
      echo "Copying \${uri} [\${current_copy}/\${total_copies}]"
      current_copy=$((current_copy + 1))
      continue
  fi
  tar=$(echo "$uri" |  rev | cut -d "/" -f1 | rev | tr ":" "_")
  tar zxvf \${tar}.tgz
  if [ $? -eq 0 ]; then rm -f \${tar}.gz; fi
  echo "Copying \${uri} [\${current_copy}/\${total_copies}]"
  skopeo copy dir://$(pwd)/\${tar} containers-storage:\${uri}
  if [ $? -eq 0 ]; then rm -rf \${tar}; current_copy=$((current_copy + 1)); fi
done < \${BINARY_FOLDER}/\${OCP_RELEASE_LIST}

# workaround while https://github.com/openshift/assisted-service/pull/3546
#cp /var/mnt/modified-rhcos-4.10.3-x86_64-metal.x86_64.raw.gz /var/tmp/.

exit 0`
}

/** extract-ocp.sh (install stage) */
export function extractOcpScript(p: ScriptParams): string {
  return `#!/bin/bash

FOLDER="\${FOLDER:-$(pwd)}"
OCP_RELEASE_LIST="\${OCP_RELEASE_LIST:-${p.imageList}}"
BINARY_FOLDER=${p.mountPoint}

pushd $FOLDER

total_copies=$(sort -u $BINARY_FOLDER/$OCP_RELEASE_LIST | wc -l)  # Required to keep track of the pull task vs total
current_copy=1

while read -r line;
do
  uri=$(echo "$line" | awk '{print$1}')
  #tar=$(echo "$line" | awk '{print$2}')
  podman image exists $uri
  if [[ $? -eq 0 ]]; then
      echo "Skipping existing image $tar"
      echo "Copying \${uri} [\${current_copy}/\${total_copies}]"
      current_copy=$((current_copy + 1))
      continue
  fi
  tar=$(echo "$uri" |  rev | cut -d "/" -f1 | rev | tr ":" "_")
  tar zxvf \${tar}.tgz
  if [ $? -eq 0 ]; then rm -f \${tar}.gz; fi
  echo "Copying \${uri} [\${current_copy}/\${total_copies}]"
  skopeo copy dir://$(pwd)/\${tar} containers-storage:\${uri}
  if [ $? -eq 0 ]; then rm -rf \${tar}; current_copy=$((current_copy + 1)); fi
done < \${BINARY_FOLDER}/\${OCP_RELEASE_LIST}

exit 0`
}

/** agent-fix-bz1964591 (discovery stage; a no-op upstream dropped in 2023, kept as the docs ship it) */
export const AGENT_FIX_SCRIPT = `#!/usr/bin/sh

# This script is a workaround for bugzilla 1964591 where symlinks inside /var/lib/containers/ get
# corrupted under some circumstances.
#
# In order to let agent.service start correctly we are checking here whether the requested
# container image exists and in case "podman images" returns an error we try removing the faulty
# image.
#
# In such a scenario agent.service will detect the image is not present and pull it again. In case
# the image is present and can be detected correctly, no any action is required.

IMAGE=$(echo $1 | sed 's/:.*//')
podman image exists $IMAGE || echo "already loaded" || echo "need to be pulled"
#podman images | grep $IMAGE || podman rmi --force $1 || true`

export interface UnitParams {
  label: string
  mountPoint: string
  mountUnit: string
  fsType: string
}

export function mountUnit(p: UnitParams, service: string): string {
  return `[Unit]
Description=Mount partition with artifacts
Before=${service}
BindsTo=${service}
StopWhenUnneeded=true

[Mount]
What=/dev/disk/by-partlabel/${p.label}
Where=${p.mountPoint}
Type=${p.fsType}
TimeoutSec=30

[Install]
RequiredBy=${service}`
}

export function discoveryService(p: UnitParams): string {
  return `[Unit]
Description=Extracts the precached images in discovery stage
After=${p.mountUnit}
Before=agent.service

[Service]
Type=oneshot
User=root
WorkingDirectory=${p.mountPoint}
ExecStart=bash /usr/local/bin/extract-ai.sh
#TimeoutStopSec=30

[Install]
WantedBy=multi-user.target default.target
WantedBy=agent.service`
}

export function installService(p: UnitParams): string {
  return `[Unit]
Description=Extracts the precached OCP images into containers storage
After=${p.mountUnit}
Before=machine-config-daemon-pull.service nodeip-configuration.service

[Service]
Type=oneshot
User=root
WorkingDirectory=${p.mountPoint}
ExecStart=bash /usr/local/bin/extract-ocp.sh
TimeoutStopSec=60

[Install]
WantedBy=multi-user.target`
}
