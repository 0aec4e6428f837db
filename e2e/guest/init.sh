#!/bin/sh
# /init of the Vireo test guest (busybox initramfs). Copied verbatim into the
# initrd by build-test-guest.sh; editing it invalidates the cached build.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin HOME=/root TERM=vt100

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
hostname vireo-guest
# Keep late kernel messages out of the interactive serial session.
dmesg -n 1

say() {
	for t in /dev/ttyS0 /dev/tty0; do
		[ -c "$t" ] && echo "$1" >"$t" 2>/dev/null
	done
}

# Kernel modules live in /lib/modules/$(uname -r), one directory per kernel
# (the cloud kernel lacks some drivers), with a modules.dep and modules.alias
# for busybox modprobe. The builder reads the MODULES_* lines, adds the
# modules' dependencies and skips built-in ones.
# Always loaded (hot-plugged virtio devices need them too):
MODULES_BOOT="virtio_pci virtio_net virtio_blk virtio_console virtio_balloon evdev button"
# Loaded when their device is there at boot, by modalias (see coldplug): 9p
# and virtiofs over virtio, CD-ROMs and disks on q35's AHCI and pc's IDE, USB storage on
# xhci, pvpanic (ISA and PCI), the i6300esb watchdog, TPM (built in):
MODULES_COLDPLUG="9pnet_virtio virtiofs ahci ata_piix sr_mod sd_mod xhci_pci usb_storage pvpanic_mmio pvpanic_pci i6300esb tpm_tis tpm_crb"
# Loaded by the kernel itself on first use (it runs /sbin/modprobe for
# fs-9p, fs-iso9660, fs-efivarfs, 9p-virtio):
MODULES_ON_DEMAND="9p isofs efivarfs"
modprobe -a -q $MODULES_BOOT

# A one-shot udev: load the drivers for the PCI and ACPI devices present, then
# for the virtio devices on virtio_pci's bus, then for the SCSI disks and
# CD-ROMs the storage controllers found. USB disks come later (hub probing is
# asynchronous), so with a USB controller usb-storage and sd_mod just wait for
# them. /etc/modprobe.d/vireo.conf sets module options. AHCI probing (q35)
# mostly sleeps, so this runs alongside the rest of init.
coldplug() {
	for bus; do
		set -- $(cat /sys/bus/$bus/devices/*/modalias 2>/dev/null)
		[ $# -eq 0 ] || modprobe -a -q "$@"
	done
}
(
	coldplug pci acpi virtio scsi
	[ ! -d /sys/module/usbcore ] || modprobe -a -q usb_storage sd_mod
) &
coldplug_pid=$!

# The QEMU guest agent, on the virtio-serial port QEMU names
# org.qemu.guest_agent.0 (not with vireo.no_agent on the command line). The
# driver adds ports and learns their names asynchronously, so look for up to
# 5 s (while there is a virtio-serial device).
if ! grep -qwF vireo.no_agent /proc/cmdline; then
	(
		i=0
		while [ $i -lt 50 ]; do
			for n in /sys/class/virtio-ports/*/name; do
				name=
				[ -e "$n" ] && read -r name <"$n"
				[ "$name" = org.qemu.guest_agent.0 ] || continue
				port=${n%/name}
				mkdir -p /run/qemu-ga
				exec qemu-ga -m virtio-serial -p "/dev/${port##*/}" -f /run/qemu-ga.pid \
					-t /run/qemu-ga -l /run/qemu-ga.log </dev/null >/dev/null 2>&1
			done
			set -- /sys/bus/virtio/drivers/virtio_console/virtio*
			[ -e "$1" ] || exit 0
			sleep 0.1
			i=$((i + 1))
		done
	) &
fi

ip link set lo up
if [ -e /sys/class/net/eth0 ]; then
	ip link set eth0 up
	udhcpc -i eth0 -q -n -s /etc/udhcpc.script >/dev/null 2>&1 &
fi

if grep -qwF vireo.ignore_acpi /proc/cmdline; then
	say VIREO-GUEST-IGNORING-ACPI
else
	for n in /sys/class/input/event*/device/name; do
		[ "$(cat "$n" 2>/dev/null)" = "Power Button" ] || continue
		ev=${n#/sys/class/input/}
		# Open the evdev node before announcing readiness so a powerdown
		# sent right after the marker is queued, not lost; the watcher
		# inherits fd 3. Reads must hold a whole input_event (24 bytes).
		exec 3<"/dev/input/${ev%%/*}"
		(
			dd bs=64 count=1 <&3 >/dev/null 2>&1
			echo VIREO-GUEST-POWEROFF >/dev/ttyS0
			sync
			poweroff -f
		) &
		exec 3<&-
		break
	done
fi

# Optional shell on the first VT (tty1), for a graphical console.
if [ -c /dev/tty1 ]; then
	(while :; do
		setsid sh -c 'exec sh -i </dev/tty1 >/dev/tty1 2>&1'
		sleep 1
	done) &
fi

wait $coldplug_pid

# A cloud-init NoCloud seed (an ISO9660 volume labelled cidata on a CD or a
# virtio disk): leave it mounted on /mnt/cidata and take its local-hostname.
for b in /sys/block/sr* /sys/block/vd*; do
	size=0
	[ -e "$b" ] && read -r size <"$b/size"
	# 2097151 (0x1fffff) is sr's placeholder when a drive has no disc, which
	# is slow to read: skip it, and missing devices.
	case $size in 0 | 2097151) continue ;; esac
	dev=/dev/${b##*/}
	# The primary volume descriptor (sector 16): "CD001" at byte 1, the volume id at 40.
	[ "$(dd if="$dev" bs=1 skip=32769 count=5 2>/dev/null)" = CD001 ] || continue
	case $(dd if="$dev" bs=8 skip=4101 count=4 2>/dev/null) in
	"cidata "* | "CIDATA "*) ;;
	*) continue ;;
	esac
	mkdir -p /mnt/cidata
	mount -t iso9660 -o ro "$dev" /mnt/cidata 2>/dev/null || continue
	if [ ! -f /mnt/cidata/meta-data ]; then
		umount /mnt/cidata
		continue
	fi
	h=$(sed -n 's/^local-hostname:[[:space:]]*//p' /mnt/cidata/meta-data | tr -d "\"'\r" | sed -n '1s/[[:space:]]*$//p')
	if [ -n "$h" ]; then
		hostname "$h"
		say "VIREO-CIDATA-HOSTNAME=$h"
	fi
	break
done

say VIREO-GUEST-READY

# Serial shell. setsid + opening the tty makes it the controlling terminal,
# so job control and ^C work. A serial port reports no size, and busybox's line
# editor would then hard-wrap echoed input at 80 columns; declare a wide one so
# long commands echo back verbatim. Respawn the shell if it exits.
export PS1='vireo-guest# '
(while :; do
	if [ -c /dev/ttyS0 ]; then
		setsid sh -c 'exec </dev/ttyS0 >/dev/ttyS0 2>&1; stty cols 1024 rows 50; exec sh -i'
	else
		sleep 3600
	fi
done) &

# With ctrl-alt-del at 0, Ctrl+Alt+Del on the keyboard makes the kernel send init SIGINT (instead of
# rebooting at once): say so, so tests see the keys reached the guest. `wait` returns when a trapped
# signal arrives; the loop waits again.
echo 0 >/proc/sys/kernel/ctrl-alt-del
trap 'say VIREO-GUEST-CTRL-ALT-DEL' INT
while :; do
	wait
done
