// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4584622110842131) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 225d9d58b8fd591c814a4fbe80572887bb3548b4b7828dabeb7cc94df55ce1ee
