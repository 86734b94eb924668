#!/usr/bin/env bash
# Installs pnpm with npm when it is missing (corepack is not used: it fails offline).
if ! command -v pnpm >/dev/null 2>&1; then
  echo "==> installing pnpm"
  npm install -g pnpm@12 >/dev/null
fi
