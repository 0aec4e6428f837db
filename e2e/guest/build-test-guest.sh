#!/usr/bin/env bash
# Build (or reuse) the Vireo test guest: a Debian cloud kernel plus a busybox
# initramfs, both as loose files for direct kernel boot and as an isolinux ISO.
#
# Usage: build-test-guest.sh OUTDIR
# Produces OUTDIR/{vmlinuz,initrd.cpio.gz,test-guest.iso,manifest.json}.
# Downloaded kernel packages are kept in $VIREO_DEB_CACHE (default
# OUTDIR/../debs) and reused.
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
	[ -f "$OUT/manifest.json" ] && [ -f "$OUT/vmlinuz" ] &&
		[ -f "$OUT/initrd.cpio.gz" ] && [ -f "$OUT/test-guest.iso" ] &&
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
/bin/busybox --list | grep -qx udhcpc || die "/bin/busybox is not the full build (install the Debian package 'busybox-static')"

# Leftovers of a build killed with SIGKILL; safe to remove while holding the lock.
rm -rf "$(dirname "$OUT")/.$(basename "$OUT").build."*
WORK=$(mktemp -d "$(dirname "$OUT")/.$(basename "$OUT").build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Trapping makes bash wait for the running child before cleaning up, so no
# orphaned dpkg-deb keeps writing into the removed work dir.
trap 'exit 130' INT
trap 'exit 143' TERM

# --- kernel package ---------------------------------------------------------
mkdir -p "$DEB_CACHE"
META=linux-image-cloud-amd64
PKG=$(apt-cache depends "$META" 2>/dev/null |
	sed -n 's/^ *Depends: \(linux-image-[0-9].*-cloud-amd64\)$/\1/p' | head -n1) || true
if [ -n "$PKG" ]; then
	DEB=$(ls "$DEB_CACHE/${PKG}_"*.deb 2>/dev/null | sort -V | tail -n1 || true)
	if [ -z "$DEB" ]; then
		log "downloading $PKG"
		sandbox=()
		[ "$(id -u)" -eq 0 ] && sandbox=(-o APT::Sandbox::User=root) # silence the _apt warning
		(cd "$DEB_CACHE" && apt-get download -q "${sandbox[@]}" "$PKG" >&2) ||
			die "apt-get download $PKG failed (are the apt lists present? run 'apt-get update')"
		DEB=$(ls "$DEB_CACHE/${PKG}_"*.deb | sort -V | tail -n1)
	fi
else
	# No apt lists: fall back to a previously downloaded kernel, if any.
	DEB=$(ls "$DEB_CACHE"/linux-image-*-cloud-amd64_*.deb 2>/dev/null | sort -V | tail -n1 || true)
	[ -n "$DEB" ] || die "cannot resolve $META: apt package lists are missing, run 'apt-get update' (as root) and retry"
	log "apt lists unavailable, using cached $(basename "$DEB")"
fi

dpkg-deb -x "$DEB" "$WORK/deb"
vmlinuz=("$WORK"/deb/boot/vmlinuz-*)
VMLINUZ=${vmlinuz[0]}
[ -f "$VMLINUZ" ] || die "no boot/vmlinuz-* in $(basename "$DEB")"
KVER=${VMLINUZ##*/vmlinuz-}
MODDIR=$WORK/deb/lib/modules/$KVER
[ -d "$MODDIR" ] || die "no modules for $KVER in $(basename "$DEB")"

# --- initramfs --------------------------------------------------------------
ROOT=$WORK/root
mkdir -p "$ROOT"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,root,run,mnt,lib/modules}
chmod 1777 "$ROOT/tmp"
cp /bin/busybox "$ROOT/bin/busybox"
/bin/busybox --list-full | while read -r applet; do
	[ -e "$ROOT/$applet" ] || ln -s /bin/busybox "$ROOT/$applet"
done
install -m 0755 "$INIT_SRC" "$ROOT/init"

# The module list lives in init.sh; they go flat into /lib/modules/NAME.ko.
MODULES=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$INIT_SRC")
[ -n "$MODULES" ] || die "no MODULES=\"...\" line in $INIT_SRC"
builtin=() loadable=()
for m in $MODULES; do
	ko=$(find "$MODDIR/kernel" \( -name "$m.ko" -o -name "$m.ko.*" \) -print -quit)
	case $ko in
	*.ko) cp "$ko" "$ROOT/lib/modules/$m.ko" ;;
	*.ko.xz) xz -dc "$ko" >"$ROOT/lib/modules/$m.ko" ;;
	*.ko.gz) gzip -dc "$ko" >"$ROOT/lib/modules/$m.ko" ;;
	*.ko.zst) need zstd zstd; zstd -qdc "$ko" >"$ROOT/lib/modules/$m.ko" ;;
	"")
		grep -q "/$m\.ko\$" "$MODDIR/modules.builtin" ||
			die "module $m is neither loadable nor built into $KVER"
		builtin+=("$m"); continue ;;
	*) die "unexpected module file $ko" ;;
	esac
	loadable+=("$m")
done
log "kernel $KVER; loadable: ${loadable[*]:-none}; built-in: ${builtin[*]:-none}"

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

STAGE=$WORK/out
mkdir -p "$STAGE"
cp "$VMLINUZ" "$STAGE/vmlinuz"
(cd "$ROOT" && find . -mindepth 1 | LC_ALL=C sort |
	cpio -o -H newc -R 0:0 --reproducible --quiet) | gzip -9n >"$STAGE/initrd.cpio.gz"

# --- ISO ----------------------------------------------------------------------
ISODIR=$WORK/iso
mkdir -p "$ISODIR/isolinux"
cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$ISODIR/isolinux/"
cp "$STAGE/vmlinuz" "$ISODIR/vmlinuz"
cp "$STAGE/initrd.cpio.gz" "$ISODIR/initrd.gz"
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
printf '{"kernelVersion":%s,"kernel":%s,"initrd":%s,"iso":%s,"builtAt":%s,"scriptHash":%s}\n' \
	"$(json "$KVER")" "$(json "$OUT/vmlinuz")" "$(json "$OUT/initrd.cpio.gz")" \
	"$(json "$OUT/test-guest.iso")" "$(json "$(date -u +%Y-%m-%dT%H:%M:%SZ)")" \
	"$(json "$SCRIPT_HASH")" >"$STAGE/manifest.json"

if [ -e "$OUT" ]; then mv "$OUT" "$WORK/old"; fi
mv "$STAGE" "$OUT"
log "built $OUT"
