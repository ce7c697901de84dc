// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6706664697892757) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d30ab27ef73b6f6884d744d8338f40cede7cfa494751823e3b8430f240117325
