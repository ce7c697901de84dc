// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8306955218569011) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f1094b8ddc30161cb950094e5ecb9becec55daa585a6e70723e3e1f3b1d10c6
