// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7518756744847583) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ffb90b683a21de363ae208634bc25a16eb19a3403e02c2d0522a12c831c4472
