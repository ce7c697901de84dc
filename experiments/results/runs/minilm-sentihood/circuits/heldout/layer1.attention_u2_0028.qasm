// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.46799558357195314) q[0];
ry(0.700834479521197) q[0];
rz(-0.3686537688118099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d86f46ee363d6778f70842b5304915ef4fd77d4adb044fe48669d4a10d93aae5
