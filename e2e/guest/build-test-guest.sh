#!/usr/bin/env bash
# Build (or reuse) the Vireo test guest: Debian kernels plus a busybox
# initramfs (with the QEMU guest agent), both as loose files for direct kernel
# boot and as an isolinux ISO.
#
# Usage: build-test-guest.sh OUTDIR
# Produces OUTDIR/{vmlinuz,vmlinuz-full,initrd.cpio,test-guest.iso,manifest.json}:
#   vmlinuz       Debian's cloud kernel (linux-image-cloud-amd64): lz4, quick
#                 to boot under TCG, but without 9p, AHCI, USB or i6300esb
#                 drivers. The manifest's "kernel"; the ISO boots it.
#   vmlinuz-full  Debian's generic kernel (linux-image-amd64, "fullKernel"): has
#                 those drivers, but its xz bzImage takes ~4 s longer to
#                 decompress itself under TCG.
#   initrd.cpio   one uncompressed initramfs for either kernel (it holds both
#                 kernels' modules).
# Downloaded packages (both kernels and qemu-guest-agent) are kept in
# $VIREO_DEB_CACHE (default OUTDIR/../debs) and reused.
#
# Host packages needed: busybox-static cpio gzip xorriso isolinux
# syslinux-common dpkg apt util-linux libc-bin, plus the shared libraries
# qemu-ga links (libglib2.0-0 libnuma1 liburing2 libudev1 libpcre2-8-0, all of
# which qemu-system-x86 pulls in).
set -euo pipefail

die() { echo "build-test-guest: $*" >&2; exit 1; }
log() { echo "build-test-guest: $*" >&2; }

[ $# -eq 1 ] || die "usage: $0 OUTDIR"

SELF=$(readlink -f "${BASH_SOURCE[0]}")
HERE=$(dirname "$SELF")
INIT_SRC=$HERE/init.sh
[ -f "$INIT_SRC" ] || die "missing $INIT_SRC"

mkdir -p "$(dirname "$1")"
OUT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DEB_CACHE=${VIREO_DEB_CACHE:-$(dirname "$OUT")/debs}
SCRIPT_HASH=$(cat "$SELF" "$INIT_SRC" | sha256sum | cut -d' ' -f1)

cache_hit() {
	[ -f "$OUT/manifest.json" ] && [ -f "$OUT/vmlinuz" ] && [ -f "$OUT/vmlinuz-full" ] &&
		[ -f "$OUT/initrd.cpio" ] && [ -f "$OUT/test-guest.iso" ] &&
		grep -q "\"scriptHash\":\"$SCRIPT_HASH\"" "$OUT/manifest.json"
}
cache_hit && exit 0

# Serialise concurrent builders (e.g. parallel test workers), then re-check.
exec 9>"$OUT.lock"
flock 9
cache_hit && exit 0

need() { # need PATH-or-command debian-package
	if [[ $1 == /* ]]; then [ -e "$1" ]; else command -v "$1" >/dev/null; fi ||
		die "missing $1 (install the Debian package '$2')"
}
need /bin/busybox busybox-static
need cpio cpio
need gzip gzip
need xorriso xorriso
need /usr/lib/ISOLINUX/isolinux.bin isolinux
need /usr/lib/ISOLINUX/isohdpfx.bin isolinux
need /usr/lib/syslinux/modules/bios/ldlinux.c32 syslinux-common
need dpkg-deb dpkg
need apt-get apt
need flock util-linux
need ldd libc-bin
/bin/busybox --list | grep -qx udhcpc || die "/bin/busybox is not the full build (install the Debian package 'busybox-static')"

# Leftovers of a build killed with SIGKILL; safe to remove while holding the lock.
rm -rf "$(dirname "$OUT")/.$(basename "$OUT").build."*
WORK=$(mktemp -d "$(dirname "$OUT")/.$(basename "$OUT").build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Trapping makes bash wait for the running child before cleaning up, so no
# orphaned dpkg-deb keeps writing into the removed work dir.
trap 'exit 130' INT
trap 'exit 143' TERM

# --- packages ---------------------------------------------------------------
mkdir -p "$DEB_CACHE"
newest() { ls "$@" 2>/dev/null | sort -V | tail -n1 || true; }

# fetch_deb PACKAGE FALLBACK-GLOB: sets DEB to DEB_CACHE's newest PACKAGE_*.deb,
# downloading it if there is none. With PACKAGE empty (no apt lists) it falls
# back to the newest cached FALLBACK-GLOB, and fails if there is none.
fetch_deb() {
	local pkg=$1 glob=$2 sandbox=()
	if [ -n "$pkg" ]; then
		DEB=$(newest "$DEB_CACHE/${pkg}_"*.deb)
		[ -z "$DEB" ] || return 0
		log "downloading $pkg"
		[ "$(id -u)" -eq 0 ] && sandbox=(-o APT::Sandbox::User=root) # silence the _apt warning
		(cd "$DEB_CACHE" && apt-get download -q "${sandbox[@]}" "$pkg" >&2) ||
			die "apt-get download $pkg failed (are the apt lists present? run 'apt-get update')"
		DEB=$(newest "$DEB_CACHE/${pkg}_"*.deb)
		[ -n "$DEB" ] || die "apt-get download $pkg left no ${pkg}_*.deb in $DEB_CACHE"
	else
		DEB=$(newest "$DEB_CACHE"/$glob)
		[ -n "$DEB" ] || return 1
		log "apt lists unavailable, using cached $(basename "$DEB")"
	fi
}
no_lists() { die "cannot resolve $1: apt package lists are missing, run 'apt-get update' (as root) and retry"; }

# kernel_deb META FALLBACK-GLOB: sets DEB to the kernel package META depends on.
kernel_deb() {
	local pkg
	pkg=$(apt-cache depends "$1" 2>/dev/null |
		sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1) || true
	fetch_deb "$pkg" "$2" || no_lists "$1"
}
kernel_deb linux-image-cloud-amd64 'linux-image-*-cloud-amd64_*.deb'
CLOUD_DEB=$DEB
kernel_deb linux-image-amd64 'linux-image-[0-9]*[0-9]-amd64_*.deb'
FULL_DEB=$DEB

QGA_PKG=qemu-guest-agent
apt-cache show "$QGA_PKG" >/dev/null 2>&1 || QGA_PKG=
fetch_deb "$QGA_PKG" 'qemu-guest-agent_*.deb' || no_lists qemu-guest-agent
QGA_DEB=$DEB

# --- initramfs --------------------------------------------------------------
ROOT=$WORK/root
mkdir -p "$ROOT"/{bin,sbin,usr/bin,usr/sbin,etc/modprobe.d,proc,sys,dev,tmp,root,run,mnt,lib/modules,var}
chmod 1777 "$ROOT/tmp"
ln -s ../run "$ROOT/var/run"
cp /bin/busybox "$ROOT/bin/busybox"
/bin/busybox --list-full | while read -r applet; do
	[ -e "$ROOT/$applet" ] || ln -s /bin/busybox "$ROOT/$applet"
done
install -m 0755 "$INIT_SRC" "$ROOT/init"

# --- kernels and their modules ----------------------------------------------
# The modules init.sh names (its MODULES_*="..." lines) plus what they depend
# on (the "depends=" in each module's .modinfo) go flat into
# /lib/modules/KVER/NAME.ko, one directory per kernel; busybox depmod then
# writes the modules.dep and modules.alias busybox modprobe reads. Built-in
# ones are skipped. The full kernel must have every module; the cloud one
# lacks some drivers, which are then left out.
MODULES=$(sed -n 's/^MODULES_[A-Z_]*="\(.*\)"$/\1/p' "$INIT_SRC")
[ -n "$MODULES" ] || die "no MODULES_*=\"...\" lines in $INIT_SRC"
STAGE=$WORK/out
mkdir -p "$STAGE"

# add_kernel DEB NAME STRICT: extracts DEB, copies its vmlinuz to STAGE/NAME and
# its modules into ROOT; sets KVER.
add_kernel() {
	local deb=$1 name=$2 strict=$3 dir=$WORK/$2 vmlinuz moddir kmods rel n m
	local -A ko=() builtin=() seen=()
	local loaded=() built_in=() missing=()
	dpkg-deb -x "$deb" "$dir"
	vmlinuz=("$dir"/boot/vmlinuz-*)
	[ -f "${vmlinuz[0]}" ] || die "no boot/vmlinuz-* in $(basename "$deb")"
	KVER=${vmlinuz[0]##*/vmlinuz-}
	moddir=$dir/lib/modules/$KVER
	[ -d "$moddir" ] || die "no modules for $KVER in $(basename "$deb")"
	cp "${vmlinuz[0]}" "$STAGE/$name"
	kmods=$ROOT/lib/modules/$KVER
	mkdir -p "$kmods"
	while read -r rel; do
		n=${rel##*/}; n=${n%%.ko*}; ko[${n//-/_}]=$rel
	done <"$moddir/modules.order"
	while read -r rel; do
		n=${rel##*/}; n=${n%%.ko*}; builtin[${n//-/_}]=1
	done <"$moddir/modules.builtin"
	add_module() { # add_module NAME WANTED-BY
		local m=${1//-/_} file dest dep
		[ -z "${seen[$m]:-}" ] || return 0
		seen[$m]=1
		if [ -n "${builtin[$m]:-}" ]; then built_in+=("$m"); return 0; fi
		if [ -z "${ko[$m]:-}" ]; then
			[ -z "$strict" ] && [ -z "$2" ] && { missing+=("$m"); return 0; }
			die "module $m${2:+ (needed by $2)} is neither loadable nor built into $KVER"
		fi
		file=$moddir/${ko[$m]}
		dest=$kmods/$m.ko
		case $file in
		*.ko) cp "$file" "$dest" ;;
		*.ko.xz) need xz xz-utils; xz -dc "$file" >"$dest" ;;
		*.ko.gz) gzip -dc "$file" >"$dest" ;;
		*.ko.zst) need zstd zstd; zstd -qdc "$file" >"$dest" ;;
		*) die "unexpected module file $file" ;;
		esac
		for dep in $(tr '\0' '\n' <"$dest" | sed -n 's/^depends=//p' | tr ',' ' '); do
			add_module "$dep" "$m"
		done
		loaded+=("$m")
	}
	for m in $MODULES; do add_module "$m" ""; done
	/bin/busybox depmod -b "$ROOT" "$KVER" || die "busybox depmod $KVER failed"
	log "kernel $KVER; modules: ${loaded[*]:-none}; built-in: ${built_in[*]:-none}${missing:+; absent: ${missing[*]}}"
	rm -rf "$dir" # the generic kernel's tree is 400 MB
}
add_kernel "$CLOUD_DEB" vmlinuz ""
KVER_CLOUD=$KVER
add_kernel "$FULL_DEB" vmlinuz-full strict
KVER_FULL=$KVER

cat >"$ROOT/etc/modprobe.d/vireo.conf" <<'EOF'
# Emulated SATA links need no 200 ms settling delay before libata reads their
# state: saves ~0.2 s of AHCI probing on q35.
options libata force=nodbdelay
# usb-storage waits 1 s before scanning a new disk by default.
options usb_storage delay_use=0
EOF

# --- QEMU guest agent -------------------------------------------------------
# qemu-ga from its Debian package, with the host's copies of the shared
# libraries it links and of the dynamic loader, at the paths ldd reports.
dpkg-deb -x "$QGA_DEB" "$WORK/qga"
[ -f "$WORK/qga/usr/sbin/qemu-ga" ] || die "no usr/sbin/qemu-ga in $(basename "$QGA_DEB")"
install -m 0755 "$WORK/qga/usr/sbin/qemu-ga" "$ROOT/usr/sbin/qemu-ga"
missing_lib() { # missing_lib SONAME [PATH]: dies naming the Debian (12) package to install
	local pkg
	case $1 in
	libglib-2.0.so.* | libgmodule-2.0.so.*) pkg=libglib2.0-0 ;;
	libnuma.so.*) pkg=libnuma1 ;;
	liburing.so.*) pkg=liburing2 ;;
	libudev.so.*) pkg=libudev1 ;;
	libpcre2-8.so.*) pkg=libpcre2-8-0 ;;
	libc.so.* | libm.so.* | ld-linux*) pkg=libc6 ;;
	*) die "qemu-ga needs $1, which this host lacks (install the Debian package that provides it; qemu-guest-agent depends on: $(dpkg-deb -f "$QGA_DEB" Depends))" ;;
	esac
	die "qemu-ga needs $1, which this host lacks${2:+ at $2} (install the Debian package '$pkg')"
}
LDD=$(ldd "$ROOT/usr/sbin/qemu-ga") || die "ldd cannot read qemu-ga from $(basename "$QGA_DEB")"
libs=()
while read -r name arrow path _; do
	case $name in linux-vdso.so.* | linux-gate.so.*) continue ;; esac
	if [ "$arrow" != "=>" ]; then
		path=$name # the dynamic loader: "/lib64/ld-linux-x86-64.so.2 (0x...)"
	elif [ "$path" = not ]; then # "libfoo.so.1 => not found"
		missing_lib "$name"
	fi
	[[ $path == /* ]] && [ -f "$path" ] || missing_lib "${name##*/}" "$path"
	mkdir -p "$ROOT$(dirname "$path")"
	cp -L "$path" "$ROOT$path"
	libs+=("$path")
done <<<"$LDD"
log "qemu-ga $(dpkg-deb -f "$QGA_DEB" Version) with ${libs[*]}"

# qemu-ga's guest-shutdown runs `/sbin/shutdown -P|-H|-r +0 MESSAGE` and waits
# for it; busybox has no shutdown applet.
cat >"$ROOT/sbin/shutdown" <<'EOF'
#!/bin/sh
# For qemu-ga's guest-shutdown: -P (the default) powers off, -r reboots, -H halts.
act=poweroff
for a; do
	case $a in
	-r) act=reboot ;;
	-H) act=halt ;;
	esac
done
echo VIREO-GUEST-AGENT-SHUTDOWN >/dev/ttyS0 2>/dev/null
sync
exec $act -f
EOF
chmod 0755 "$ROOT/sbin/shutdown"

# guest-get-osinfo reports this.
cat >"$ROOT/etc/os-release" <<'EOF'
NAME="Vireo Test Guest"
ID=vireo-test
VERSION_ID="1"
VERSION="1"
PRETTY_NAME="Vireo Test Guest 1"
EOF

# --- the rest of /etc -------------------------------------------------------
cat >"$ROOT/etc/udhcpc.script" <<'EOF'
#!/bin/sh
# Minimal udhcpc hook (Debian's default script is not in the initramfs).
case $1 in
deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
bound|renew)
	ip addr flush dev "$interface"
	ip addr add "$ip/${mask:-24}" dev "$interface"
	[ -n "$router" ] && ip route add default via "${router%% *}" dev "$interface"
	: >/etc/resolv.conf
	for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done
	;;
esac
exit 0
EOF
chmod 0755 "$ROOT/etc/udhcpc.script"
echo 'root:x:0:0:root:/root:/bin/sh' >"$ROOT/etc/passwd"
echo 'root:x:0:' >"$ROOT/etc/group"
echo vireo-guest >"$ROOT/etc/hostname"
# /dev/console comes from the kernel's built-in initramfs, so no mknod (and
# no root) is needed here.

# Uncompressed: under TCG the kernel would spend ~0.3 s gunzipping it.
(cd "$ROOT" && find . -mindepth 1 | LC_ALL=C sort |
	cpio -o -H newc -R 0:0 --reproducible --quiet) >"$STAGE/initrd.cpio"

# --- ISO ----------------------------------------------------------------------
ISODIR=$WORK/iso
mkdir -p "$ISODIR/isolinux"
cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$ISODIR/isolinux/"
cp "$STAGE/vmlinuz" "$ISODIR/vmlinuz"
# Compressed here: the BIOS reads the CD slowly.
gzip -9n <"$STAGE/initrd.cpio" >"$ISODIR/initrd.gz"
# cryptomgr.notests skips the crypto self-tests: ~0.4 s of a ~2 s TCG boot.
cat >"$ISODIR/isolinux/isolinux.cfg" <<'EOF'
default vireo
prompt 0
timeout 0
label vireo
  kernel /vmlinuz
  append initrd=/initrd.gz console=tty0 console=ttyS0,115200 quiet cryptomgr.notests
EOF
# -isohybrid-mbr: the same image also boots as a hard disk (tests import it as a disk image).
if ! xorriso -as mkisofs -o "$STAGE/test-guest.iso" \
	-isohybrid-mbr /usr/lib/ISOLINUX/isohdpfx.bin \
	-b isolinux/isolinux.bin -c isolinux/boot.cat \
	-no-emul-boot -boot-load-size 4 -boot-info-table \
	-V VIREO_TEST_GUEST "$ISODIR" >"$WORK/xorriso.log" 2>&1; then
	cat "$WORK/xorriso.log" >&2
	die "xorriso failed"
fi

# --- manifest (written last) and swap into place -----------------------------
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }
printf '{"kernelVersion":%s,"kernel":%s,"fullKernelVersion":%s,"fullKernel":%s,"initrd":%s,"iso":%s,"builtAt":%s,"scriptHash":%s}\n' \
	"$(json "$KVER_CLOUD")" "$(json "$OUT/vmlinuz")" "$(json "$KVER_FULL")" "$(json "$OUT/vmlinuz-full")" \
	"$(json "$OUT/initrd.cpio")" "$(json "$OUT/test-guest.iso")" \
	"$(json "$(date -u +%Y-%m-%dT%H:%M:%SZ)")" "$(json "$SCRIPT_HASH")" >"$STAGE/manifest.json"

if [ -e "$OUT" ]; then mv "$OUT" "$WORK/old"; fi
mv "$STAGE" "$OUT"
log "built $OUT"
