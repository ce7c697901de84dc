// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9239482475963916) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2dec75879bed6a6e137f2c52ae0e2cb59e02752177b94ffc1b3acb3c2d6ce68
