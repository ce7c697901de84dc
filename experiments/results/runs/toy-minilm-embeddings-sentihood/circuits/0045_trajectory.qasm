// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.661330003912678) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f5c8798c6db7099d75db9d30a31c7a3a02c677c1a20dfd4187121894626b903
