// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8198661847853488) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e47c7c7c10d6126d89915380c8e03c890ba4e66826a04bc58e1e111ce28c9f7f
