// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.648487730570942) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f47515024a1b11b33bdee39c2eb16a70b07c8f866ae9e6588d4fa5902d288c8
