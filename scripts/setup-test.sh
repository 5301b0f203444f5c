#!/usr/bin/env bash
# System packages the test suite needs: Debian's Chromium for the page tests.
# (Python packages, including the Oxigraph server, come from pyproject.toml's test extra.)
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
chromium --version
