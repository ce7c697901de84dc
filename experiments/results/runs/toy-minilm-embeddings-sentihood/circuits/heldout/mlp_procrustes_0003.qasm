// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1374363511955603) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 baae679cc795bb50252013adf03f151e4c48fd11fd39eabb273fc90e434a29fe
