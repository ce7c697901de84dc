// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.39704950479309) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f592cfd85942370995db9da92eb3db1c44905523ea7950800343fdd9578784c4
