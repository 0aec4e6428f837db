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

# In dependency order; the builder copies exactly these (it reads this line).
# Missing ones are built into the kernel and skipped.
MODULES="virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci failover net_failover virtio_net virtio_blk virtio_console virtio_balloon evdev button"
for m in $MODULES; do
	[ -f "/lib/modules/$m.ko" ] && insmod "/lib/modules/$m.ko" 2>/dev/null
done

say() {
	for t in /dev/ttyS0 /dev/tty0; do
		[ -c "$t" ] && echo "$1" >"$t" 2>/dev/null
	done
}

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
