// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5460890874630735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b865943f6d98b9b60768353ce963b5970b63bd76c1f8b84bfd4f865eda9cd6bf
