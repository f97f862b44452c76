#!/bin/bash
# Warta at first contact for the MPP decision (first_contact.sh with mpp_cache):
#   benchmarks/learned/mpp_first_contact.sh REALNEWS_DIR OUT_DIR
set -euo pipefail
exec "$(dirname "$0")/first_contact.sh" "${1:?realnews folder}" "${2:?output folder}" benchmarks.learned.mpp_cache
