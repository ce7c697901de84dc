// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7690006136090634) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2dfdbbcdc042bb4e811f24ca828e967e59753e6e2028dc62824c806c653cb83
