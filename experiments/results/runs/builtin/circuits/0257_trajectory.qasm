// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4530707643328227) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd8cff1e85f3836fc1e73e4224ed09d103687e73a644c22d3e7050ea8daa82e0
