// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2507406035696442) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 85f9eac5665965809119261f82ff40741b3d7fbe8baf77803544a5e241e51843
