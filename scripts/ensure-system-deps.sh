#!/usr/bin/env bash
# System packages the tests need, from Debian: chromium (browser tests), python3-icalendar
# (a second, non-JavaScript iCal parser) and PostgreSQL's server binaries with pg_dump (the
# backup/restore test), and poppler-utils' pdftotext (the internship agreement PDF is read back
# by a reader that is not the library that wrote it), and pgbouncer (three API instances through
# a transaction-pooling PgBouncer, in the crash tests). Installs what is missing when this user may (root with apt-get);
# otherwise says what to install.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)
compgen -G '/usr/lib/postgresql/*/bin/pg_dump' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
[ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "==> installing ${missing[*]}"
  # Only the binaries are wanted: no default cluster that would start on port 5432.
  mkdir -p /etc/postgresql-common
  grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf ||
    echo 'create_main_cluster = false' >>/etc/postgresql-common/createcluster.conf
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install: ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
