#!/usr/bin/env bash
# Runs the frozen app (after `make dist`) the way ministry IT would on a fresh machine: --version,
# then --self-check on a new profile with no keyring (the passphrase comes on standard input),
# which proves SQLCipher, the Alembic migrations from files, keyring and Qt (offscreen) work
# frozen. Also checks that the bundle ships the trusted update root.
#   scripts/smoke_frozen.sh [dist/focal-desk]
set -euo pipefail
bundle="${1:-dist/focal-desk}"
exe="$bundle/focal-desk"
[ -x "$exe" ] || { echo "smoke: no $exe; run \`make dist\` first" >&2; exit 1; }

version=$(PYTHONPATH=. python3 -c 'import desktop; print(desktop.__version__)' 2>/dev/null || true)
out=$("$exe" --version)
echo "$out"
if [ -n "$version" ] && [ "$out" != "focal-desk $version" ]; then
  echo "smoke: --version printed '$out', expected 'focal-desk $version'" >&2
  exit 1
fi

root=$(find "$bundle" -path '*/desktop/updates/root.json' -print -quit)
[ -n "$root" ] || { echo "smoke: the bundle ships no desktop/updates/root.json" >&2; exit 1; }
echo "trusted update root: ${root#"$bundle"/}"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh machine has no keyring: the fail backend makes that so here, whatever this one has.
check=$(printf 'a long smoke-test passphrase\n' |
  PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring QT_QPA_PLATFORM=offscreen \
  "$exe" --profile "$profile" --self-check 2>"$profile.err") || {
  echo "$check"; cat "$profile.err" >&2; rm -f "$profile.err"; exit 1; }
rm -f "$profile.err"
echo "$check"
for expected in "sqlcipher: 4." "schema: " "(current)" "qt: 6." "platform: offscreen" "self-check passed"; do
  grep -qF -- "$expected" <<<"$check" || { echo "smoke: self-check output lacks '$expected'" >&2; exit 1; }
done
# --version, the shipped update root, --self-check
echo "smoke: 3 passed, 0 failed"
