# Thin wrapper over the CMake presets: `make run` and `make test` are the whole set-up.
PRESET ?= default
BUILD_DIR := build

.PHONY: all deps configure build run test package clean screenshots bench bench-fleet format tidy windows windows-test windows-package fuzz test-asan test-tsan

all: build

deps:
	@scripts/install-deps

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	@$(BUILD_DIR)/app/netready

test: build
	@QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET)

# The whole suite built with AddressSanitizer and UBSan (build-asan/): any error, leak or undefined behaviour fails
# the test. Options and suppressions: the test preset asan and tests/sanitizers/.
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# The engine, CLI and wizard tests (label threads) built with Clang's ThreadSanitizer (build-tsan/), but those
# labelled tsan-excluded, which it lists (the reason: docs/testing.md).
# Its tests run with QtCore built with ThreadSanitizer in place of Debian's, built by scripts/build-qtcore-tsan the
# first time (about 15 minutes on 2 cores) into NETREADY_QTCORE_TSAN (set it to share one between checkouts).
NETREADY_QTCORE_TSAN ?= $(CURDIR)/build-qtcore-tsan
test-tsan: deps
	@scripts/build-qtcore-tsan "$(NETREADY_QTCORE_TSAN)"
	@cmake --preset tsan -DNETREADY_QTCORE_TSAN="$(abspath $(NETREADY_QTCORE_TSAN))" >/dev/null
	@cmake --build --preset tsan
	@ctest --preset tsan
	@echo "test-tsan: not run under ThreadSanitizer (label tsan-excluded, docs/testing.md):"
	@ctest --test-dir build-tsan -N -L tsan-excluded | sed -n 's/^ *Test *#[0-9]*: /  /p'

# build/netready_VERSION-1_ARCH.deb and build/netready-VERSION-Linux.tar.gz (CPack, settings in installer/)
package: build
	@cd $(BUILD_DIR) && cpack -G "DEB;TGZ"

screenshots: build windows
	@scripts/make-screenshots

bench: build
	@bench/engine-bench
	@bench/wizard-stall

bench-fleet: build
	@bench/fleet-bench

# Windows x64 from this machine: MinGW-w64 against the Qt SDK that scripts/windows-sdk provides; the tests run
# under Wine (the tests that cannot are listed, with the reason, in build-windows/tests-not-under-wine.txt).
windows: deps
	@scripts/windows-sdk
	@cmake --preset windows >/dev/null
	@cmake --build --preset windows

windows-test: windows
	@ctest --preset windows

# build-windows/package/: the MSI (wixl) and a portable .zip
windows-package: windows
	@scripts/make-windows-package

# Every libFuzzer target of tests/fuzz for FUZZ_SECONDS each (FUZZ_TARGETS="crl ocsp" for some); what they find
# lands in build-fuzz/fuzz-artifacts/<target>/. Built with clang 14 in build-fuzz (preset fuzz).
FUZZ_SECONDS ?= 60
fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run-fuzz build-fuzz $(FUZZ_TARGETS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

# Static analysis of the product code with .clang-tidy; any finding fails. Platform files for other systems
# cannot be analysed here.
tidy: build
	@git ls-files 'app/*.cpp' | grep -v '_win\.cpp$$' | xargs -P2 -n4 clang-tidy -p $(BUILD_DIR) --quiet --warnings-as-errors='*' 2>/dev/null

clean:
	@rm -rf $(BUILD_DIR) build-asan build-tsan build-windows build-fuzz
