// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.423107368540682) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24016156ba5b40794cf62c969eba931ba5d0816d42977eff04b8a04509af4cec
