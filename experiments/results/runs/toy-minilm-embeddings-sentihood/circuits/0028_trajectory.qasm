// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3750942425085259) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b888a8e380d3c6b6dc5a8e02bbd3dfdc088001e4c641497afc156acc540bf12
