#!/bin/bash
# Warta at first contact for MPP (first_contact.sh with mpp_cache):
#   OUT/<set>.pred.jsonl   its `warta extract` output (the rules at first contact; mpp_cache --first-contact reads it)
#   OUT/<set>.cache.jsonl  mpp_cache's rows with that extractor's rules, cues, MPP mentions and discourse layer too
#   benchmarks/learned/mpp_first_contact.sh REALNEWS_DIR OUT_DIR
exec "$(dirname "$0")/first_contact.sh" "${1:?realnews folder}" "${2:?output folder}" benchmarks.learned.mpp_cache cache
