// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.24029835112954417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 347f6a670dbc36e2331b4e83f19b9acc603c2e424039e1e5da58a66fafdefd51
