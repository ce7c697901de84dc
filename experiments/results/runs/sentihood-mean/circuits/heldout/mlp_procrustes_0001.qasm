// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.349941990459032) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab9d34c97aab7958ce1897b039ab6267f6aa1e9d7029d9fd1effa0195d754b30
