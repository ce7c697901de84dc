// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9807210320274846) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 51b9f89090b099b31998832c5d89a30bd7d8238173782ae42bd134960048a734
