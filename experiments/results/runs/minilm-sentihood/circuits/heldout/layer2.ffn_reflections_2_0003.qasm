// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6515914894084138) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54a46478581e4cdf7fcb32d6972503ce962a90986c97d19d7e1ca4df8cb73bfe
