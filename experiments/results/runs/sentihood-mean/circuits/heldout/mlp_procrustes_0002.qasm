// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7570548253410279) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ac9140c5a26eccc5ece2bd7857b3f09d6497caf09c48186d08492446be969b8
