// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.430886696898462) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44588cda96cb15c310f16d091809e7410ec425158402194df5c6feaba84be7f8
