#!/usr/bin/env bash
# Builds a new Maven project from exactly the pom.xml and the spec in docs/getting-started.md (the
# blocks after "<!-- file: PATH -->"), runs `mvn -B test` in it as the page says, and checks that it
# ran green, ran the spec's four tests, and printed no TensorFlow, SLF4J or DJL log line. Then runs
# the page's Console Launcher commands (a scan with --include-classname '.*Spec', and a unique id
# selected under the default class-name filter).
#
# Needs ModelSpec in the local repository first: `mvn -B -q install -DskipTests` at the repository
# root. With GETTING_STARTED_CLEAN_REPO=1 it installs ModelSpec into a new, empty local repository
# and builds the project against that one (everything else is downloaded), as a newcomer would.
# GETTING_STARTED_SKIP_CONSOLE=1 leaves out the Console Launcher part; GETTING_STARTED_KEEP=1 keeps
# the project and the logs.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
page="$repo/docs/getting-started.md"
work="$(mktemp -d "${TMPDIR:-/tmp}/getting-started.XXXXXX")"
project="$work/first-spec"
if [ "${GETTING_STARTED_KEEP:-0}" = 1 ]; then
  echo "== Keeping the project and the logs in $work"
else
  trap 'rm -rf "$work"' EXIT
fi

fail() { echo "getting-started: $*" >&2; exit 1; }

maven=(mvn -B)
if [ "${GETTING_STARTED_CLEAN_REPO:-0}" = 1 ]; then
  maven+=("-Dmaven.repo.local=$work/repository")
  echo "== Installing ModelSpec into the empty local repository $work/repository"
  (cd "$repo" && "${maven[@]}" -q install -DskipTests)
fi

echo "== Writing the project from $page"
mkdir -p "$project"
awk -v root="$project" '
  /^<!-- file: .* -->$/ { file = root "/" $3; next }
  file != "" && /^```/ && !open { open = 1; system("mkdir -p \"$(dirname \"" file "\")\""); printf "" > file; next }
  open && /^```$/ { open = 0; close(file); file = ""; next }
  open { print >> file }
' "$page"
[ -f "$project/pom.xml" ] || fail "the page has no <!-- file: pom.xml --> block"
spec_files=$(cd "$project" && find src -name '*Spec.java')
[ -n "$spec_files" ] || fail "the page has no spec block"
echo "$spec_files"

# The page's step 1: the example model as the baseline; the data from the Debian package or the
# repository's copy through MODELSPEC_FASHION_MNIST.
mkdir -p "$project/models"
cp -r "$repo/examples/models/fashion-cnn-small" "$project/models/"
if [ ! -f /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz ] && [ -z "${MODELSPEC_FASHION_MNIST:-}" ]; then
  export MODELSPEC_FASHION_MNIST="$repo/examples/data/fashion-mnist"
fi
# What the user's shell would not have: our own settings.
unset TF_CPP_MIN_LOG_LEVEL

echo "== mvn -B test (as the page says)"
log="$work/mvn-test.log"
if ! (cd "$project" && "${maven[@]}" test) > "$log" 2>&1; then
  cat "$log"
  fail "mvn -B test failed in a project built from the page"
fi
grep -E "Tests run: 4, Failures: 0, Errors: 0, Skipped: 0$" "$log" > /dev/null \
  || { cat "$log"; fail "expected the spec's 4 tests to run and pass"; }
noise=$(grep -cE "I tensorflow/|W tensorflow/|SLF4J|ai\.djl|Failed to detect GPU" "$log" || true)
if [ "$noise" != 0 ]; then
  grep -E "I tensorflow/|W tensorflow/|SLF4J|ai\.djl|Failed to detect GPU" "$log"
  fail "$noise TensorFlow, SLF4J or DJL log lines on a default run"
fi
echo "== mvn -B test: green, 4 tests, 0 TensorFlow/SLF4J/DJL log lines ($(wc -l < "$log") lines in all)"

if [ "${GETTING_STARTED_SKIP_CONSOLE:-0}" = 1 ]; then
  exit 0
fi

echo "== Console Launcher (as the page says)"
cd "$project"
"${maven[@]}" -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
"${maven[@]}" -q dependency:copy -Dartifact=org.junit.platform:junit-platform-console-standalone:6.1.0 -DoutputDirectory=.
console=(java -jar junit-platform-console-standalone-6.1.0.jar execute --disable-banner
  --class-path "target/test-classes:$(cat target/classpath.txt)")
"${console[@]}" --scan-class-path --include-classname '.*Spec' > "$work/console-scan.log" 2>&1 \
  || { cat "$work/console-scan.log"; fail "the Console Launcher scan failed"; }
grep -E "[^0-9]4 tests successful" "$work/console-scan.log" > /dev/null \
  || { cat "$work/console-scan.log"; fail "expected 4 successful tests from the scan"; }
"${console[@]}" --select-unique-id '[engine:modelspec]/[spec:com.example.FashionPruningSpec]/[recipe:magnitude50]' \
  > "$work/console-unique-id.log" 2>&1 \
  || { cat "$work/console-unique-id.log"; fail "selecting a recipe by unique id failed"; }
grep -E "[^0-9]3 tests successful" "$work/console-unique-id.log" > /dev/null \
  || { cat "$work/console-unique-id.log"; fail "expected the recipe's 3 tests from its unique id"; }
echo "== Console Launcher: the scan ran 4 tests ($(wc -l < "$work/console-scan.log") lines of output), the unique id 3, all green"
