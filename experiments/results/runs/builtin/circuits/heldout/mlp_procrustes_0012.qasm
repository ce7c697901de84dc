// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.541506094098688) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eb55040104bab9183378ef2f958204fa7164bfeb5fd52b81596e513d37e9f06
