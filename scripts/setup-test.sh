#!/usr/bin/env bash
# System packages the test suite needs: Debian's Chromium for the page tests, and Debian's
# Virtuoso Open-Source (virtuoso-t), the second real SPARQL server of the remote tests.
# (Python packages, including the Oxigraph server, come from pyproject.toml's test extra.)
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource)
if [ "${#missing[@]}" -gt 0 ]; then
  # The Debian package asks for a DBA password; the tests run their own server with its own
  # database, so the packaged one keeps the default and is never started by the tests.
  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | $SUDO debconf-set-selections
  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chromium --version
virtuoso-t -? 2>&1 | head -n 1 || true  # it prints its version with the usage, and exits 1
