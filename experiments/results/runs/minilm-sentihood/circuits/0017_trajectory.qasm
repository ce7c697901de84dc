// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3477212692795228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb5095ccc742326e4b1fad54233237aed23e3f27fb8f3362cd6dcbb5a0f65598
